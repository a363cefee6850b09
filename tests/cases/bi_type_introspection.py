class A:
    def __init__(self):
        self.x = 1
        self.y = 'two'
    def method(self):
        pass
class B(A):
    pass
a, b = A(), B()
for v in [1, 1.0, 'a', None, True, [1], (1,), {1: 2}, {1}, frozenset(), range(1), a, b, A, len, print]:
    print(type(v).__name__, end=' ')
print()
print(type(a) is A, type(b) is A, type(b) == B, type(1) == int, type(True) is int)
print(isinstance(b, A), isinstance(a, B), isinstance(1, (float, int)), isinstance('', str))
print(issubclass(B, A), issubclass(A, object), issubclass(bool, (str, int)))
print(hasattr(a, 'x'), hasattr(a, 'method'), hasattr(a, 'nope'), hasattr(A, 'method'), hasattr(5, 'real'))
print(getattr(a, 'y'), getattr(a, 'zz', 'default'), getattr(A, 'method') is A.method)
setattr(a, 'z', [3])
print(a.z, vars(a), sorted(vars(a)))
try:
    getattr(a, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(callable(a), callable(A), callable(a.method), callable(len), callable('x'))
x = 'global value'
print('x' in globals(), 'A' in globals(), 'zzz' in globals(), globals()['x'])
def f():
    local_v = 1
    return sorted(locals())
print(f())
a2 = a
print(id(a) == id(a2), id(a) == id(b), a is a2)
print(type(type(1)).__name__, type(int).__name__, str.__name__, int.__name__)
print(isinstance(int, type), isinstance(A, type), type(a).__name__)
print(int is type(5), A.__name__, B.__name__, B.__bases__[0] is A)
