class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str): return '"' + v.replace('"', '\\"') + '"'
            if isinstance(v, bool): return "true" if v else "false"
            if v is None: return "null"
            if isinstance(v, (int, float)): return repr(v)
            if isinstance(v, (list, tuple)): return "[" + ", ".join(enc(x) for x in v) + "]"
            if isinstance(v, dict): return "{" + ", ".join(f"{enc(str(k))}: {enc(x)}" for k, x in v.items()) + "}"
            if hasattr(v, "__dict__"): return enc(vars(v))
            raise TypeError(f"cannot encode {type(v).__name__}")
        return enc(self)

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{self.__class__.__name__}({fields})"

class Base:
    def __init__(self, **kwargs):
        print(f"Base.__init__ leftover={kwargs}")
        super().__init__()

class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named.__init__")
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged.__init__")
        self.age = age
        super().__init__(**kwargs)

class Person(ReprMixin, JsonMixin, Named, Aged):
    def __init__(self, name, age, tags=(), **kwargs):
        self.tags = list(tags)
        super().__init__(name=name, age=age, **kwargs)

p = Person("Ann \"A\"", 30, tags=["x", None, True, 2.5], extra=1)
print(p)
print(p.to_json())
print([c.__name__ for c in Person.__mro__])

def add_greeting(cls):
    cls.greet = lambda self: f"Hi, I'm {self.name}"
    return cls

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco

PLUGINS = {}
@register(PLUGINS)
@add_greeting
class Robot:
    def __init__(self, name): self.name = name
@register(PLUGINS)
class Toaster:
    def __init__(self, name="toaster"): self.name = name
print(sorted(PLUGINS), PLUGINS["robot"]("R2").greet(), PLUGINS["toaster"]().name)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B/" + super(B, self).who()
class C(B):
    def who(self): return "C/" + super(B, self).who()
print(C().who(), B().who())
class Shape:
    count = 0
    def __init__(self):
        self.__class__.count += 1
        Shape.count += 0
    @classmethod
    def make(cls, *a): return cls(*a)
    @staticmethod
    def unit(): return "cm"
class Sq(Shape):
    count = 0
    def __init__(self, s=1):
        super().__init__(); self.s = s
print(Sq.make(3).s, Sq.make().s, Sq.count, Shape.count, Sq().unit(), Shape.unit(), type(Sq.make(2)).__name__)
class Private:
    def __init__(self):
        self.__secret = 42
        self._prot = 1
    def reveal(self): return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, hasattr(pv, "__secret"), sorted(vars(pv)))
try:
    pv.__secret
except AttributeError as e:
    print("AttributeError:", e)
