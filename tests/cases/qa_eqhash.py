class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(3, 1), Point(1, 2), Point(3, 1), Point(0, 0), Point(1, 2)]
uniq = set(pts)
print(len(uniq))
print(sorted(uniq))
print(Point(1, 2) in uniq, Point(9, 9) in uniq)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2))
d = {p: i for i, p in enumerate(pts)}
print(d)
print(sorted(pts, reverse=True))
print(max(pts), min(pts))
try:
    Point(1, 2) > Point(0, 0)
    print("gt ok via reflection")
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2) <= Point(0, 0)
except TypeError as e:
    print("TypeError:", e)

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __repr__(self): return f"v{self.s}"

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2") >= Version("1.9"))
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)
try:
    {Version("1")}
except TypeError as e:
    print("TypeError:", e)
p = Point(1, 1)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
