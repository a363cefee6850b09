def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
calls = []
def log(tag):
    def deco(fn):
        def wrapper(*a, **k):
            calls.append((tag, fn.__name__, a))
            return fn(*a, **k)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@log('outer')
@log('inner')
def add(a, b):
    return a + b
print(add(2, 3))
print(calls)
print(add.__name__)
def exclaim(fn):
    print('decorating', fn.__name__)
    return lambda *a: fn(*a) + '!'
def question(fn):
    print('decorating', fn.__name__)
    return lambda *a: fn(*a) + '?'
@exclaim
@question
def say(x):
    return x
print(say('hm'))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
