class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
d = D()
print(d.who(), d.chain())
print([c.__name__ for c in D.__mro__])
class E(C, B):
    pass
print(E().who(), [c.__name__ for c in E.__mro__])
class Mixin:
    def hello(self):
        return 'hello from ' + type(self).__name__
class Thing(Mixin, A):
    pass
print(Thing().hello(), Thing().who())
class X:
    def __init__(self):
        print('X init')
        super().__init__()
class Y:
    def __init__(self):
        print('Y init')
        super().__init__()
class Z(X, Y):
    def __init__(self):
        print('Z init')
        super().__init__()
Z()
print([c.__name__ for c in Z.__mro__])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print('TypeError raised for inconsistent MRO')
