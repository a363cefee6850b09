import functools

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return [fn(*a, **kw) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def shout(word):
    """Shout a word."""
    return word.upper()

print(shout("hey"), shout.__name__, shout.__doc__, shout.__wrapped__("x"))

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kwargs.get(k)).__name__}")
            return fn(**kwargs)
        return wrapper
    return deco

@validate(x=int, y=(int, float).__class__ and float)
def area(x, y):
    return x * y

print(area(x=3, y=2.5))
try:
    area(x="3", y=2.0)
except TypeError as e:
    print(e)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def square(n):
    return n * n

print([square(i) for i in range(5)], square.calls, square.__name__)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))

def stack(*decos):
    def apply(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return apply
@stack(lambda f: lambda x: f(x) + 1, lambda f: lambda x: f(x) * 2)
def ident(x): return x
print(ident(5))
