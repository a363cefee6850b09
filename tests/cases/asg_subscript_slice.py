l = list(range(10))
l[2] = 'two'
l[-1] = 'last'
print(l)
l[3:5] = ['a', 'b', 'c']
print(l)
l[:2] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
m = [1, 2, 3, 4, 5]
m[1:1] = [9, 9]
print(m)
m[len(m):] = [6]
print(m)
m[:] = 'xyz'
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
d = {}
d['x'] = 1
d[(1, 2)] = 'tuple'
d[3] = [1]
d[3].append(2)
print(d)
del d['x']
print(d)
try:
    del d['nope']
except KeyError as e:
    print('KeyError:', e)
g = [[0, 0], [0, 0]]
g[1][1] = 5
print(g)
n = list(range(8))
print(n[2:6], n[:3], n[5:], n[-3:], n[:-3], n[::3], n[::-2], n[6:2:-1], n[100:], n[-100:2])
print(n[1:7:2], n[7:1:-3], n[-1:-4:-1])
r = list(range(5))
r[1:4] = range(10, 13)
print(r)
del r[:]
print(r)
