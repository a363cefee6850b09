class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
    __hash__ = None
a, b, c = Num(1), Num(2), Num(3)
print(a < b < c)
print(b < a < c)
print(a == a == b)
print(a < b == b)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called', self.v)
        return self.v
t, f = Truthy(True), Truthy(False)
r = t and f
print(r is f)
r = f or t
print(r is t)
print(not f)
if t and not f:
    print('if with objects')
print([x.v for x in [t, f] if x])
x = 0
while Truthy(x < 2):
    x += 1
print(x)
