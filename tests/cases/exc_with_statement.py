class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None, ev)
        return self.suppress
with Resource('r1') as r:
    print('using', r.name)
with Resource('r2', suppress=True):
    raise KeyError('suppressed')
print('continued')
try:
    with Resource('r3'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
try:
    with Resource('a') as a, Resource('b', suppress=True) as b:
        raise ValueError('inner suppressed')
    print('after nested with')
except ValueError:
    print('not reached')
def gen_values():
    with Resource('in-func'):
        return [1, 2]
print(gen_values())
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with BadEnter():
        print('body not run')
except RuntimeError as e:
    print('enter error', e)
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with ReturnsNone() as x:
    print('as value', x)
