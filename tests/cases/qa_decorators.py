def counter(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

def memoize(func):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

def log_calls(prefix="LOG"):
    def deco(fn):
        def inner(*a, **kw):
            parts = [repr(x) for x in a] + [f"{k}={v!r}" for k, v in kw.items()]
            print(f"[{prefix}] {fn.__name__}({', '.join(parts)})")
            r = fn(*a, **kw)
            print(f"[{prefix}] -> {r!r}")
            return r
        return inner
    return deco

def validate(**types):
    def deco(fn):
        def inner(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kwargs.get(k)).__name__}")
            return fn(**kwargs)
        return inner
    return deco

@counter
def greet(name):
    """Say hi."""
    return "Hello, " + name

@memoize
@counter
def slow_square(n):
    return n * n

@repeat(3)
def roll():
    return "x"

@log_calls("DBG")
def add(a, b=0, *, scale=1):
    return (a + b) * scale

@validate(name=str, age=int)
def person(name, age):
    return f"{name} is {age}"

print(greet("a"), greet("b"), greet.calls, greet.__name__, greet.__doc__)
print([slow_square(i % 3) for i in range(10)], sorted(slow_square.cache))
print(roll())
add(1, 2)
add(3, b=4, scale=10)
add(x_, scale=2) if False else None
print(person(name="Ann", age=30))
try:
    person(name="Bob", age="old")
except TypeError as e:
    print(e)

class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.xs)

d = Data([1, 2, 3])
print(d.total, d.total)

def trace(fn):
    depth = [0]
    def w(n):
        print("  " * depth[0] + f"{fn.__name__}({n})")
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        return r
    return w

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
