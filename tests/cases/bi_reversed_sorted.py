print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
print(sorted([3, 1, 2]), sorted('cba'), sorted({3: 'x', 1: 'y'}), sorted([3, 1, 2], reverse=True))
print(sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Rev())))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
l = [1, 2, 3]
rv = reversed(l)
l.append(4)
print(list(rv))
