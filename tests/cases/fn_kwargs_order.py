def show(**kw):
    for k, v in kw.items():
        print(k, '=', v)
show(zeta=1, alpha=2, mid=3)
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0, *, d=1):
    return 'a=%s b=%s c=%s d=%s' % (a, b, c, d)
print(wrapper(1, 2))
print(wrapper(1, b=2, d=4))
print(wrapper(*[1, 2, 3], **{'d': 'D'}))
args = (10,)
kwargs = {'b': 20, 'c': 30}
print(target(*args, **kwargs))
try:
    target(1, 2, b=3)
except TypeError as e:
    print('TypeError:', e)
try:
    target(1, **{'b': 2, 'e': 5})
except TypeError as e:
    print('TypeError:', e)
def defaults_seen(a, b=[], c={}):
    return a, b, c
print(defaults_seen(1), defaults_seen(2, [2]))
def varargs_only(*items):
    return len(items), items
print(varargs_only(), varargs_only(*range(4)), varargs_only([1, 2]))
print((lambda **k: sorted(k))(b=1, a=2))
