# A bare object() has no __dict__: setting an attribute raises AttributeError; subclasses still take attributes.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(o, "x"))
class P: pass
p = P()
p.x = 1
print(p.x)
class A:
    pass
class B(A):
    __slots__ = ("x",)
b = B()
b.x = 1
b.y = 2
print(b.x, b.y)
class C:
    __slots__ = ("a",)
c = C()
c.a = 5
try:
    c.b = 1
except AttributeError as e:
    print("AttributeError", e)
s = object()
print(type(s).__name__, isinstance(s, object))
sentinel = object()
d = {sentinel: 1}
print(d[sentinel])
