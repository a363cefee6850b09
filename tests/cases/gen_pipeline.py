def read_lines():
    data = ['10 apples', '# comment', '', '3 pears', 'bad line', '7 plums', '12 figs']
    for line in data:
        yield line
def non_empty(lines):
    for l in lines:
        if l and not l.startswith('#'):
            yield l
def parse(lines):
    for l in lines:
        parts = l.split()
        try:
            yield int(parts[0]), parts[1]
        except ValueError:
            print('skip:', repr(l))
def big(items, threshold):
    for n, name in items:
        if n >= threshold:
            yield name, n
pipeline = big(parse(non_empty(read_lines())), 5)
for name, n in pipeline:
    print(name, n)
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(it):
    t = 0
    for x in it:
        t += x
        yield t
print(list(running_total(range(1, 11))))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks('abcdefgh', 3)))
print(list(chunks(list(range(7)), 2)))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
