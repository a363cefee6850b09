class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f):
        t = cls(); t.fahrenheit = f; return t
    @staticmethod
    def valid(c):
        return c >= -273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, Temperature.from_f(32).celsius, Temperature.valid(-300))
try:
    t.celsius = -500
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))

class Matrix2:
    def __init__(self, n): self.d = {}; self.n = n
    def __getitem__(self, key):
        i, j = key
        return self.d.get((i, j), 0)
    def __setitem__(self, key, v): self.d[key] = v
    def __delitem__(self, key): del self.d[key]
    def __call__(self, x): return [sum(self[i, j] * x[j] for j in range(self.n)) for i in range(self.n)]
m = Matrix2(3)
m[0, 0] = 2; m[1, 2] = 5; m[2, 1] = -1
print(m[0, 0], m[1, 1], m([1, 2, 3]))
del m[0, 0]
print(m.d)

class Seq:
    def __init__(self, xs): self.xs = list(xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.xs[i])
        return self.xs[i]
    def __len__(self): return len(self.xs)
    def __repr__(self): return f"Seq({self.xs})"
    def __add__(self, o): return Seq(self.xs + o.xs)
    def __mul__(self, n): return Seq(self.xs * n)
    def __contains__(self, x): print("contains called"); return x in self.xs
s = Seq(range(10))
print(s[2:5], s[::-3], s[-1], len(s), s[1:3] + s[7:], s[:2] * 2)
print(5 in s, list(s)[:3])
for x in Seq("ab"):
    print(x)

class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: f"got {name[4:]}"
        raise AttributeError(f"{type(self).__name__} has no {name}")
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
d = Dyn()
print(d.real, d.get_thing())
d.other = [1]
try:
    d.missing
except AttributeError as e:
    print(e)
print(getattr(d, "nothing", "default"), hasattr(d, "get_x"), hasattr(d, "zzz"))

class Money:
    def __init__(self, cents): self.cents = cents
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __repr__(self): return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec) if spec else str(self)
    def __int__(self): return self.cents
    def __round__(self, n=0): return Money(round(self.cents, -2))
    def __bool__(self): return self.cents != 0
    def __radd__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    def __add__(self, o): return self.__radd__(o)
print(Money(1234), [Money(5)], f"{Money(99):>10}|", int(Money(7)), round(Money(1250)), sum([Money(1), Money(2)]))
print(bool(Money(0)), "yes" if Money(3) else "no", str(Money(5)), repr(Money(5)))
