class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], sorted(s, reverse=True))

class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        self[key] = v = self.factory()
        return v
dd = DefaultDict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dd, len(dd), dict(dd), "a" in dd, dd.get("z"))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: -kv[1])
        return items if n is None else items[:n]
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c.most_common(2), c["z"])

class UpperStr(str):
    def shout(self): return self.upper() + "!"
u = UpperStr("hello")
print(u, u.shout(), len(u), u + " world", isinstance(u, str), u == "hello", repr(u), f"{u:>8}")

class Celsius(float):
    def __str__(self): return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(t, t + 1, repr(t), t * 2, round(t, 1), Celsius(3) > 2)

class Money(int):
    def __repr__(self): return f"Money({int(self)})"
    def __add__(self, other): return Money(int.__add__(self, other))
m = Money(5) + Money(7)
print(m, repr(m), type(m).__name__)

class LoggingList(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setting", i, v)
        super().__setitem__(i, v)
ll = LoggingList()
ll.append(1); ll.append(2); ll[0] = 10
print(ll)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), sum(p))

class MyErr(ValueError):
    def __init__(self, code, msg="bad"):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise MyErr(42)
except ValueError as e:
    print(e, e.code, e.args)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, Eq): return self.v == o.v
        return super().__eq__(o)
    __hash__ = object.__hash__
print(Eq(1) == Eq(1), Eq(1) == 1, Eq(1) != "x", len({Eq(1), Eq(1)}))
