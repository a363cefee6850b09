class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError('radius must be >= 0')
        self._r = v
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
try:
    c.area = 5
except AttributeError as e:
    print('AttributeError caught')
print(c.radius)
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + ' ' + self.last
    @full.setter
    def full(self, v):
        self.first, self.last = v.split(' ')
    @full.deleter
    def full(self):
        self.first = self.last = ''
p = Person('Ada', 'Lovelace')
print(p.full)
p.full = 'Grace Hopper'
print(p.first, p.last)
del p.full
print(repr(p.full))
class Lazy:
    @property
    def value(self):
        print('computing')
        return 42
lz = Lazy()
print(lz.value + lz.value)
