# namedtuple classes are tuple subclasses: tuple methods, all comparisons, immutability,
# _make/_replace/_field_defaults, CPython's argument errors, and subclassing.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], isinstance(p, tuple), p == (1, 2), p >= Point(0, 5), p <= (1, 2))
print(hash(p) == hash((1, 2)), {p: 1}[(1, 2)], type(p), Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields, len(p), list(p))
print(p + (3,), p * 2, p.count(1), p.index(2), p[::-1], 2 in p)
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)))
print("%s %s" % Point(5, 6), "{} {}".format(*p), f"{p}", str(p), [p])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
print(Emp("a", "b"), Emp._field_defaults, Emp.__doc__)
for bad in [
    lambda: Point(1),
    lambda: Emp(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=3),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: namedtuple("Bad", "x class"),
    lambda: namedtuple("Bad", "x x"),
    lambda: namedtuple("Bad", "x _y"),
    lambda: namedtuple("Bad", "x 1y"),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a def a _b", rename=True)._fields)
S = namedtuple("S", "a")
print(S(1), S.__doc__, S(a=[1]))


class P3(namedtuple("P3", "x y z")):
    def norm(self):
        return sum(v * v for v in self) ** 0.5


print(P3(1, 2, 2).norm(), P3(1, 2, 2), P3(3, 4, 0)._replace(z=12).norm())
q = P3(1, 2, 3)
q.label = "subclass instances have a __dict__"
print(q.label, q)
for target in (p, q):
    for name in ("x", "other"):
        try:
            setattr(target, name, 1)
            print("set", name)
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            delattr(target, name)
        except AttributeError as e:
            print("AttributeError:", e)
