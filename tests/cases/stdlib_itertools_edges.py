import itertools
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)), list(it))
print(list(itertools.islice(iter(range(10)), 0)))
it = iter(range(10)); print(list(itertools.islice(it, 1, 3)), list(it))
it = iter(range(10)); print(list(itertools.islice(it, 0, 6, 2)), list(it))
it = iter(range(10)); print(list(itertools.islice(it, 2, None, 3)))
a, b = itertools.tee(itertools.count())
print(next(a), next(a), next(b))
x, y = itertools.tee([1, 2, 3])
print(list(x), list(y))
def f():
    x = 1
    def g(): return x
    return g
print(f().__closure__[0].cell_contents, f.__closure__)
