print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(10, -10, -7)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(7))
print(len(range(10 ** 6)), range(10 ** 6)[-1], sum(range(101)))
print(range(3) == range(0, 3), range(0) == range(5, 5), list(reversed(range(4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
print(type(range(1)).__name__, max(range(7)), min(range(3, 9)))
for i in range(2, -3, -1):
    print(i, end=' ')
print()
print(list(range(-1)), len(range(-5, 5, 3)))
print(range(0, 100, 7)[3], range(10)[::2], range(10)[::-1])
