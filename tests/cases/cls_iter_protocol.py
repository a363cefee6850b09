class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, 'done'))
for x in Countdown(2):
    print('loop', x)
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += 1
r = Range2(1, 4)
print(list(r), list(r), sum(r), max(r))
print([x * 2 for x in r], dict(zip(r, 'abc')))
it = iter(r)
print(next(it), next(it))
print(iter(c) is c)
a, b, cc = Range2(7, 10)
print(a, b, cc)
try:
    next(Countdown(0))
except StopIteration:
    print('StopIteration raised')
i = iter([1, 2])
print(next(i), next(i), next(i, None))
