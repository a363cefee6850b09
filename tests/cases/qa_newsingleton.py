class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
class Pooled:
    pool = {}
    def __new__(cls, key):
        if key not in cls.pool:
            obj = object.__new__(cls)
            obj.key = key
            cls.pool[key] = obj
        return cls.pool[key]
print(Pooled("x") is Pooled("x"), Pooled("x") is Pooled("y"), len(Pooled.pool))
class Weird:
    def __new__(cls):
        return 42
print(Weird(), type(Weird()))
class Unit:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.created_in_new = True
        return inst
    def __init__(self, v):
        self.v = v
u = Unit(5)
print(u.v, u.created_in_new)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return [1, 2]
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Abstract:
    def __init__(self):
        if type(self) is Abstract:
            raise TypeError("Can't instantiate abstract class Abstract directly")
class Concrete(Abstract): pass
print(type(Concrete()).__name__)
try:
    Abstract()
except TypeError as e:
    print(e)
