it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
s = iter('ab')
print(list(s), list(s))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
r = iter(range(3))
print(sum(r))
it2 = iter([10, 20, 30])
for v in it2:
    print('v', v)
    if v == 10:
        print('skipped', next(it2))
print(iter(it2) is it2)
nums = [1, 2, 3, 4, 5, 6]
it3 = iter(nums)
print(list(zip(it3, it3)))
gen = (x for x in 'xyz')
print(next(gen), list(gen))
print(next(iter({5: 'a'})), next(iter((7, 8))), next(reversed([1, 2, 3])))
class CountTo:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i
print(list(CountTo(4)), sum(CountTo(10)), next(CountTo(0), 'empty'))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
