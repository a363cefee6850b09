class Animal:
    species_count = 0
    registry = []
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.species_count += 1
        type(self).registry.append(name)
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry = []
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, sound="meow")
    def speak(self):
        return super().speak().upper()
class Kitten(Cat):
    pass
pets = [Dog("Rex"), Cat("Tom"), Kitten("Kit"), Dog("Fido")]
for p in pets:
    print(p.speak())
print(Animal.species_count, Dog.registry, Cat.registry, Kitten.registry, Animal.registry)
print(vars(pets[0]), pets[1].__dict__, type(pets[2]).__name__, pets[2].__class__.__bases__)
print(Kitten.__mro__, Kitten.__name__, Kitten.__qualname__, Dog.__module__)
#
print(isinstance(pets[2], (Dog, Cat)), issubclass(Kitten, Animal), issubclass(Dog, (Cat, Kitten)))
print(hasattr(Dog, "speak"), getattr(pets[0], "name"), callable(pets[0].speak), callable(pets[0].name))
setattr(pets[0], "tricks", ["sit"])
print(pets[0].tricks, "tricks" in vars(pets[0]))
delattr(pets[0], "tricks")
print(hasattr(pets[0], "tricks"))
Point = type("Point", (object,), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point(); p.x = -5
print(p.norm(), type(p).__name__, Point.x)
print(type(5), type("s"), type([]), type(len), type(Dog), type(type), type(pets[0].speak).__name__)
print(int.__name__, str(int), repr(Dog)[:15], Animal.speak.__name__, Animal.speak.__qualname__)
def fn(a, b=2, *args, c, **kw):
    "docstring"
    pass
print(fn.__name__, fn.__doc__, fn.__defaults__)
class Meta:
    a = 1
    def method(self): pass
print(sorted(k for k in vars(Meta) if not k.startswith("__")))
print(dir(Meta)[-2:], "method" in dir(Meta()), len([n for n in dir(Meta) if n.startswith("__")]) > 10)
