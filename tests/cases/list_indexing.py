l = list(range(10))
print(l[0], l[-1], l[-10], l[4])
print(l[2:5], l[:0], l[::-1][:3], l[-3:-1], l[5:-5])
print(l[::4], l[1::4], l[8:1:-3], l[-1::-4])
try:
    l[10]
except IndexError as e:
    print('IndexError:', e)
try:
    l[-11] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    l['a']
except TypeError as e:
    print('TypeError:', e)
t = (1, 2, 3)
print(t[1:], t[::-1], t[-1], (1,)[0])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
l[True] = 'one'
print(l[:3])
print([1, 2, 3][1:2] == [2], [] == [][:])
big = list(range(100))
print(big[10:90:20], len(big[::7]))
print(l[2:8][1:3], l[len(l) - 1])
