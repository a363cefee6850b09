print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'))
print(max([1, 5, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max(['b', 'a'], key=str.upper), max([(1, 'b'), (1, 'a')]))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(-0.0, 0.0))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min(1)
except TypeError as e:
    print('TypeError:', e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2, True]), sum(x * x for x in range(4)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(max('apple', 'banana', key=len), max({'a': 3, 'b': 9}), max({'a': 3, 'b': 9}.values()))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(any([]), all([]), any([0, None, '']), all([1, 'a', [0]]), any(iter([0, 0, 3])))
