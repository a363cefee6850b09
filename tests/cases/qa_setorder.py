print({3, 1, 2}, {10, 5, 100, 33, 7}, {-1, -2, 0, 5}, set(range(20, 0, -3)))
s = set()
for x in [50, 8, 1000, 3, 17, 64, 9, 2**40, -7, 33, 32]:
    s.add(x)
print(s)
s.discard(1000); s.add(12)
print(s, {x * 7 % 13 for x in range(30)}, {1.5, 2.0, 0.5}, {True, 2, 0})
a = set(range(0, 40, 3)); b = set(range(0, 40, 5))
print(a | b, a & b, a - b, a ^ b)
print({(1, 2), (0, 0)} == {(0, 0), (1, 2)}, len({(i, i) for i in range(10)}))
big = set(range(100))
for i in range(0, 100, 2): big.remove(i)
big.add(1000); big.add(-5)
print(big)
print(list({9: 1, 3: 2, 7: 3}), set([5, 5, 4, 4, 3]), frozenset({30, 20, 10}))
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
del d[3]
d[3] = 0
print(d, set(d), sorted(set(d)))
print({None, 1} == {1, None}, set("") == set(), {0.0, 0} , {1, 1.0, True})
