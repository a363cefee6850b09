def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, x='y'))
def g(a, b, *rest, c=3, **extra):
    print(a, b, rest, c, extra)
g(1, 2)
g(1, 2, 3, 4, c=5, d=6)
nums = [1, 2, 3]
opts = {'c': 'C', 'z': 'Z'}
g(*nums, **opts)
g(0, *nums)
g(*'ab', c=None)
def total(*values):
    s = 0
    for v in values:
        s += v
    return s
print(total(), total(1), total(*range(101)))
def kwonly(a, *, b, c=2):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=5))
try:
    kwonly(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    kwonly(1)
except TypeError as e:
    print('TypeError:', e)
def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, 3), pos(1, 2, c=4))
print(dict(**{'x': 1}, y=2))
def merge(**kw):
    return sorted(kw.items())
print(merge(b=2, a=1, c=3))
def show(a, b=2, *args, d, e=5, **kw):
    return (a, b, args, d, e, kw)
print(show(1, d=4))
print(show(1, 2, 3, 4, d=0, f=6))
print(f(*[1], *[2], **{'a': 1}, **{'b': 2}))
