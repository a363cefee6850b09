import math

class Vector:
    def __init__(self, *components):
        self.c = list(components)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*[a + b for a, b in zip(self, other)])
    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(*[a / k for a in self.c])
    def __neg__(self): return self * -1
    def __abs__(self): return math.sqrt(sum(x * x for x in self.c))
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __bool__(self): return any(self.c)
    def __repr__(self): return f"Vector({', '.join(map(str, self.c))})"
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w)
print(-v, abs(Vector(3, 4)), v / 2)
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v))
u = v
u += w
print(u, v, u is v)
print(list(v), v[1], v[-1], v[0:2])
for comp in w:
    print(comp, end=" ")
print()
try:
    v + Vector(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v @ w
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + v
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))
