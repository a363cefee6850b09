data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
l = [3, 1, 2]
l.sort(reverse=True); print(l)
l = [1, 2, 3]
l.insert(-1, 9); print(l)
l.insert(-100, 0); print(l)
l.insert(100, 7); print(l)
print(l.pop(-2), l, l.pop(), l.pop(0), l)
try:
    l.remove(42)
except ValueError as e:
    print("VE", e)
try:
    [].pop()
except IndexError as e:
    print("IE", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IE", e)
m = [1, 2, 3, 2, 1, 2]
print(m.index(2), m.index(2, 2), m.index(2, -2), m.index(1, 1, 5), m.count(2))
try:
    m.index(3, 3, 5)
except ValueError as e:
    print("VE", e)
a = list(range(10))
a[::2] = "abcde"; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("VE", e)
a[1:3] = []; print(a)
a[2:2] = [100, 200]; print(a)
a[::-3] = [0] * len(a[::-3]); print(a)
del a[::2]; print(a)
del a[-2:]; print(a)
del a[0]; print(a)
print([1, 2] * 0, [1] * -1, [0] * 3, [1, 2] + [3])
g = [[0] * 3] * 3
g[0][0] = 5; print(g)
g2 = [[0] * 3 for _ in range(3)]
g2[0][0] = 5; print(g2)
x = [1, 2]; y = x; y += [3]; print(x, x is y)
x = [1, 2]; y = x; y = y + [3]; print(x)
n = [5, 3, 1]; n.reverse(); print(n, n.copy(), n.clear(), n)
n = [1]; n.extend(range(3)); n.extend("ab"); print(n)
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c"]), max([3, 1], default=0))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [3] > [2, 9], list("abc"), list(range(3)))
print(range(5)[::2], range(0,5,3)[:], range(7)[::-2], range(10)[2:8:3], list(range(7)[::-2]), range(3, 20, 4)[1:-1], range(5)[10:], range(5)[-100:2])
