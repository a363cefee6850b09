def read_lines():
    data = """alpha 10
beta 20
# comment
gamma x
delta 40

epsilon 50"""
    for line in data.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, _, val = line.partition(" ")
        try:
            yield name, int(val)
        except ValueError:
            print(f"skip bad value {val!r} for {name}")

def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, v, total

for row in running_total(parse(strip_comments(read_lines()))):
    print("%-8s %4d %5d" % row)

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(15, primes()))
print(take(5, (x * x for x in naturals() if x % 3 == 0)))
g = (c.upper() for c in "hello")
print(next(g), list(g), list(g))

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 3)))
print(list(chunks("abcdefg", 2)))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7])))

def gen_with_return():
    yield 1
    yield 2
    return "result"
def delegator():
    r = yield from gen_with_return()
    print("delegated returned", r)
    yield 3
print(list(delegator()))
gen = gen_with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
