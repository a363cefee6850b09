class P:
    pass
p = P()
p.x = 1
p.y = [2]
p.x += 1
print(p.x, p.y)
print(hasattr(p, 'x'), vars(p))
del p.x
print(hasattr(p, 'x'), vars(p))
try:
    print(p.x)
except AttributeError as e:
    print('AttributeError:', e)
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = b = [1, 2, 3]
del a
print(b)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
p.a, p.b = 'A', 'B'
print(p.a, p.b)
q = P()
q.child = P()
q.child.value = 'deep'
print(q.child.value)
P.cls_attr = 'shared'
print(p.cls_attr, q.cls_attr)
setattr(p, 'dyn', 99)
print(getattr(p, 'dyn'), getattr(p, 'missing', 'dflt'))
delattr(p, 'dyn')
print(hasattr(p, 'dyn'))
