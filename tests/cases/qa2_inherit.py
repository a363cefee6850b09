class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name, "woof")
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + "!" * len(self.tricks)

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

class Cat(Animal):
    def __init__(self, name):
        super(Cat, self).__init__(name, sound="meow")

pets = [Dog("Rex", ["sit", "roll"]), Cat("Tom"), Puppy("Bit", ["beg"]), Animal("Generic")]
for p in pets:
    print(p, "|", p.speak())
print(pets)
print(str(pets[0]), repr(pets[1]), f"{pets[2]} {pets[2]!r}")
print(Animal.count, Dog.made, Puppy.made, Cat.made, Animal.made)
print(isinstance(pets[2], Dog), issubclass(Cat, Dog), Puppy.__mro__)
print([c.__name__ for c in Puppy.__mro__], Dog.__bases__)
print(hasattr(pets[0], "tricks"), getattr(pets[1], "tricks", None))
