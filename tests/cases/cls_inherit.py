class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ': ' + self.speak()
class Cat(Animal):
    def speak(self):
        return 'meow'
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + ' ROAR'
for a in [Animal('gen'), Cat('tom'), Lion('leo', 'sun')]:
    print(a.describe())
l = Lion('x', 'y')
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(issubclass(Cat, Cat), issubclass(bool, int), issubclass(Lion, (int, Cat)))
print(isinstance(l, (int, str)), isinstance(3, (int, str)))
print(Lion.__bases__[0].__name__, Cat.__base__.__name__)
print([c.__name__ for c in Lion.__mro__])
class Base:
    def __init__(self):
        self.log = ['Base']
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append('Child')
print(Child().log)
class NoInit(Base):
    pass
print(NoInit().log)
print(isinstance(True, int), isinstance(1, object), issubclass(int, object))
