class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return 'Vec(%s, %s)' % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, -a, abs(b))
print(a + b == Vec(4, 6), a == b)
c = a
c += b
print(c, a, c is a)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)
    def __radd__(self, o):
        return self + o
    def __iadd__(self, o):
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
print(sum([Money(150), Money(275), Money(5)]))
m = Money(100)
m2 = m
m += 50
print(m, m2, m is m2)
print(Money(1) + 99, 1 + Money(1))
try:
    Vec(1, 1) + 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
