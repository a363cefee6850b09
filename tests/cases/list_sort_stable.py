records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records))
print(sorted(records, reverse=True))
by_name = sorted(records)
by_count = sorted(by_name, key=lambda r: r[1])
print(by_count)
words = ['Banana', 'apple', 'Cherry', 'apple', 'banana']
print(sorted(words), sorted(words, key=str.lower), sorted(set(words)))
print(sorted([3.5, -1, 2, 0.0, True]), sorted('hello'), sorted((3, 1, 2)))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
data = list(range(20))
data.sort(key=lambda n: n % 3)
print(data)
l = [(1, 'b'), (1, 'a'), (0, 'z')]
l.sort(key=lambda t: t[0])
print(l)
print(sorted([], reverse=True), sorted([1]))
print(sorted(range(10), key=lambda x: -x)[:3])
