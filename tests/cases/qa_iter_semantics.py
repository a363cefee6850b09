it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
it = iter(range(10))
print(any(x > 3 for x in it), next(it), list(it))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
calls = []
m = map(lambda x: calls.append(x) or x * 2, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
g = (x for x in range(3))
e = enumerate(g, 10)
print(next(e), list(g), list(e))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
keys = d.keys()
d["z"] = 26
print(keys, len(keys), "z" in keys)
vals = d.values()
del d["a"]
print(list(vals), list(d.items())[0])
r = range(5)
print(list(r), list(r), iter(r) is iter(r))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
nums = [1, 2, 3]
it = iter(nums)
nums.append(4)
print(list(it))
def count():
    i = 0
    while True:
        yield i
        i += 1
c = count()
print([next(c) for _ in range(3)], next(c), sum(x for _, x in zip(range(5), c)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(filter(str.isdigit, "a1b2")))
print(sorted(x % 4 for x in range(10)), max((len(w), w) for w in "hi there all".split()), min(iter([5, 3, 4])))
print(list(enumerate(zip("ab", "cd"))), dict(enumerate("xyz")), [*map(abs, [-1, -2])], {*range(3)})
a, b = iter([10, 20])
print(a, b)
gen = (i for i in range(3))
print(3 in gen, list(gen))
gen = (i for i in range(5))
print(2 in gen, list(gen))
print(next(iter({}), "empty"), next(iter("x")), list(iter([]).__iter__()) if False else [])
