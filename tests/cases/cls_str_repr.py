class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'Named ' + self.n
    def __repr__(self):
        return '<Named %s>' % self.n
class OnlyStr:
    def __str__(self):
        return 'only-str'
p = Point(1, 'a')
print(p, str(p), repr(p))
print([p, Point(2.5, None)])
n = Named('bob')
print(n, str(n), repr(n), [n], (n,), {'k': n})
print(f'{n} {n!r} {p}')
print('%s %r' % (n, n))
print('{} {!r}'.format(n, n))
o = OnlyStr()
print(o, str(o))
print(str([o]).startswith('[<__main__.OnlyStr object at'))
class Sub(Point):
    pass
print(Sub(0, 0))
