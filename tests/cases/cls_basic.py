class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return self.name + ' says woof'
    def birthday(self):
        self.age += 1
        return self
d1 = Dog('Rex')
d2 = Dog('Fido', 5)
print(d1.bark(), d2.bark())
print(d1.birthday().birthday().age, d2.age)
print(Dog.count, d1.count, d1.species)
d1.species = 'wolf'
print(d1.species, d2.species, Dog.species)
Dog.species = 'dog'
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, Dog.__name__)
m = d2.bark
print(m())
print(Dog.bark(d2))
print(isinstance(d1, Dog), isinstance(5, Dog))
print(vars(d2))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything)
print(getattr(Dog, 'species'))
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(s1.items, Shared.items)
