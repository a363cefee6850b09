class A: pass
class B(A): pass
print(A.__subclasses__())
