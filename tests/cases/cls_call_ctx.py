class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), list(map(triple, [1, 2])))
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False
with Timer('a') as t:
    print('inside', t.name)
with Timer('outer'), Timer('inner'):
    print('both')
try:
    with Timer('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
class Suppress:
    def __enter__(self):
        return 'resource'
    def __exit__(self, t, v, tb):
        print('suppressing', repr(v))
        return True
with Suppress() as r:
    print(r)
    1 / 0
    print('not reached')
print('after suppress')
def f():
    with Timer('ret'):
        return 'returned'
print(f())
for i in range(3):
    with Timer('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
