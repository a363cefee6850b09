class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        """The x value."""
        return self._x
    @property
    def doubled(self): return self.x * 2
class B(A):
    @property
    def x(self): return super().x + 100
b = B()
print(b.x, b.doubled, A().doubled, type(A.x).__name__)
for obj, attr in [(A(), "x"), (b, "doubled")]:
    try:
        setattr(obj, attr, 5)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del A().x
except AttributeError as e:
    print("AttributeError:", e)
class C:
    def get_v(self): return self._v * 10
    def set_v(self, v): self._v = v
    v = property(get_v, set_v, doc="v prop")
c = C(); c.v = 4
print(c.v)
class Lazy:
    calls = 0
    @property
    def data(self):
        Lazy.calls += 1
        if not hasattr(self, "_data"):
            self._data = [i * i for i in range(5)]
        return self._data
l = Lazy()
print(l.data, l.data is l.data, Lazy.calls)
class Validated:
    def __init__(self, age): self.age = age
    @property
    def age(self): return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int): raise TypeError(f"age must be int, not {type(v).__name__}")
        if v < 0: raise ValueError("age must be >= 0")
        self._age = v
for v in [5, -1, "3", 2.5]:
    try:
        print(Validated(v).age)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Circle:
    def __init__(self, r): self.radius = r
    @property
    def area(self): return round(3.14159 * self.radius ** 2, 2)
    @area.setter
    def area(self, a): self.radius = (a / 3.14159) ** 0.5
ci = Circle(2)
print(ci.area); ci.area = 100; print(round(ci.radius, 4), ci.area)
print(isinstance(Circle.area, property), hasattr(ci, "area"), getattr(ci, "area"))
A().x = 3
