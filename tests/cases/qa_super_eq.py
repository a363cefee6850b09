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
class Base:
    def __repr__(self): return "Base-repr"
class Child(Base):
    def __repr__(self): return "Child<" + super().__repr__() + ">"
    def __str__(self): return object.__str__(self)
print(repr(Child()), str(Child()))
class K:
    def __init__(self): self.a = 1
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
k = K()
print(k.a)
class N:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return True
print(N() < N())
