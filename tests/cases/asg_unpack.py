a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, (i, (j, k)) = 1, (2, (3, 4))
print(h, i, j, k)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
for idx, (p, q) in enumerate([(5, 6), (7, 8)]):
    print(idx, p, q)
m = n = o = 0
print(m, n, o)
l1 = l2 = []
l1.append(1)
print(l1, l2, l1 is l2)
s, t, u = range(3)
print(s, t, u)
v, w = {'k1': 1, 'k2': 2}
print(v, w)
z, = [42]
print(z)
(aa,) = (43,)
print(aa)
x = y = z = 'same'
print(x, y, z)
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 'X'
print(i, lst)
