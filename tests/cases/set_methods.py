s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.remove(4); print(s)
s.discard(10); s.discard(1); print(s)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError:', e)
p = {5, 6, 7}
print(p.pop(), p)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issuperset({1, 2}), {1, 9}.issubset(a), a.isdisjoint({7, 8}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} >= {1})
c = a.copy()
c.update({100, 200}, [300])
print(c)
c.intersection_update({1, 100, 300})
print(c)
c.difference_update({1})
print(c)
c.symmetric_difference_update({100, 7})
print(c)
c.clear(); print(c, len(c))
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__)
print({f: 'frozen key'}[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError:', e)
print(set('aaa') == {'a'}, set() == frozenset(), {1, 2} == frozenset([2, 1]))
print(sorted({x * x for x in range(-3, 4)}))
print(len(set([1, 1.0, True])), {0, False, 0.0})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', repr(e))
print({3, 1, 2} == {1, 2, 3}, {1, 2, 3} - {2} == {1, 3})
