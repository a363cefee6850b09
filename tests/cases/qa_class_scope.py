class Config:
    DEFAULTS = {"debug": False, "level": 1}
    KEYS = list(DEFAULTS)
    UPPER = [k.upper() for k in KEYS]
    x = 10
    def __init__(self, **overrides):
        self.settings = {**self.DEFAULTS, **overrides}
    def __getitem__(self, k): return self.settings[k]
print(Config.KEYS, Config.UPPER, Config(level=5)["level"], Config()["debug"])
try:
    class Bad:
        y = 5
        vals = [y * i for i in range(3)]
except NameError as e:
    print("NameError:", e)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
a = Counter(); b = Counter()
print(Counter.count, a.count, b.count)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(s1.items, s2.items, Shared.items is s1.items)
class Base:
    def __init__(self): self.setup()
    def setup(self): self.kind = "base"
class Derived(Base):
    def setup(self): self.kind = "derived"
print(Derived().kind, Base().kind)
class A:
    def who(self): return "A"
    def call(self): return self.who()
class B(A):
    def who(self): return "B+" + super().who()
class C(B):
    def who(self): return "C+" + super().who()
print(C().call(), B().call(), A.who(C()))
class Left:
    def hello(self): return "left " + super().hello()
class Right:
    def hello(self): return "right"
class Both(Left, Right): pass
print(Both().hello(), [k.__name__ for k in Both.__mro__])
class X:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"X({self.v})"
    def __eq__(self, o): return self.v == o.v
print(X(1) == X(1), X(1) in [X(2), X(1)], [X(1), X(2)].index(X(2)), [X(3)].count(X(3)))
try:
    {X(1)}
except TypeError as e:
    print(e)
class Y:
    pass
y1 = Y()
print(y1 == y1, y1 != Y(), hash(y1) == hash(y1), len({y1, y1}))
class Z:
    def __str__(self): return "Z-str"
print(Z(), str(Z()), [str(Z())], f"{Z()}", "%s" % Z())
class Node:
    def __init__(self, v, children=None): self.v = v; self.children = children or []
    def __repr__(self): return f"Node({self.v}, {self.children})" if self.children else f"Node({self.v})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
