class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        i = self.lo
        while i < self.hi:
            yield i
            i += self.step
    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)
    def __contains__(self, x):
        return self.lo <= x < self.hi and (x - self.lo) % self.step == 0
    def __reversed__(self):
        return iter(list(self)[::-1])

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val
    def __iter__(self):
        return self

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
r = Range2(0, 20, 3)
print(list(r), len(r), 9 in r, 10 in r, list(reversed(r)))
print(sum(Fib(100)), list(Fib(50)))
print(list(zip(Countdown(3), Fib(10))))
print(dict(enumerate(Range2(5, 8))))
it = iter(Fib(3))
print(it is iter(it))
for x in Countdown(2):
    for y in Countdown(2):
        print(x, y, end="; ")
print()
print(sorted(Countdown(4)), min(Fib(20)), max(Range2(1, 10, 4)))
print(*Countdown(3), sep="-")
a, b, *rest = Fib(20)
print(a, b, rest)
next(Countdown(0))
