def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
print(list(outer()))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)))))
def tree(n):
    if n == 0:
        yield 'leaf'
        return
    yield 'node%d' % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator():
    result = yield from accumulate()
    yield 'final %d' % result
d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))
def gen_return_only():
    return 99
    yield
def wrap():
    x = yield from gen_return_only()
    yield x
print(list(wrap()))
