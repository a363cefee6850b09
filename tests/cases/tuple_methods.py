t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
print(tuple(), tuple('ab'), tuple([1, [2]]), (1, 2) + (3,), (0,) * 3)
a = (1, [2, 3])
a[1].append(4)
print(a)
print((1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), max((1, 2), (1, 3)))
x, y = (10, 20)
print(x, y)
single = 5,
print(single, type(single).__name__, len(single))
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 0})
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(tuple(range(5))[::2], tuple(reversed((1, 2, 3))))
print(sum((1, 2, 3)), min((4, 2, 8)), 2 in (1, 2), 5 not in (1, 2))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax((5,)))
