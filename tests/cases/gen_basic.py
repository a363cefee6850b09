def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, 'end'))
def lazy():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('finishing')
g = lazy()
print('created')
for x in g:
    print('got', x)
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
def squares():
    n = 1
    while True:
        yield n * n
        n += 1
sq = squares()
print([next(sq) for _ in range(6)])
print(type(g).__name__)
print(sum(count_up(101)), max(count_up(7)), sorted(count_up(4), reverse=True))
def empty():
    return
    yield
print(list(empty()))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(4, fib())))
a, b, c = count_up(3)
print(a, b, c)
print(list(zip(count_up(3), 'abc')))
