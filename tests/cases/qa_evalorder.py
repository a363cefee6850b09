log = []
def f(tag, val=None):
    log.append(tag)
    return tag if val is None else val
d = {"k": 0}
d[f("key", "k")] += f("inc", 5)
print(d, log); log.clear()
print(f("a", 1) < f("b", 2) < f("c", 3), log); log.clear()
print(f("a", 1) < f("b", 0) < f("c", 3), log); log.clear()
x = {f("k1"): f("v1"), f("k2"): f("v2")}
print(log); log.clear()
def g(*args, **kw): return args, kw
g(f("p1"), f("p2"), z=f("kw"), *[f("star")], **{"q": f("dstar")})
print(log); log.clear()
a = [0, 1, 2]
i = 0
i = a[i] = 2
print(i, a)
a = [1, 0]
i = 0
a[i], a[a[i]] = a[a[i]], a[i]
print(a)
x = y = []
x.append(1)
print(y, x is y)
for i in range(3):
    pass
print(i)
sq = [j * j for j in range(3)]
try:
    print(j)
except NameError as e:
    print("NameError:", e)
nums = list(range(10))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
nums = list(range(10))
del nums[1::3]
print(nums)
print(f("L") or f("R"), log); log.clear()
print(f("L", 0) or f("R", 0), log); log.clear()
print(f("L", 0) and f("R"), log); log.clear()
print(f("c", True) if f("cond", False) else f("e", "else"), log); log.clear()
print(0 ** 0, 0.0 ** 0, (-8) // 3, -8 // 3, -(8 // 3), 2 ** 3 ** 2, (-1) ** 0.5 if False else "skip", -3 ** 2)
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
m = [[0] * 3] * 3
m[0][0] = 1
print(m)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
s = "abc"
for ch in s:
    s += ch.upper()
print(s)
lst = [1, 2, 3]
for idx, val in enumerate(lst):
    lst[idx] = val * 10
print(lst)
counter = {"n": 0}
def incr(c=counter):
    c["n"] += 1
    return c["n"]
print(incr(), incr(), counter)
a, b = 1, 2
a, b = b, a + b
print(a, b)
(a, b), c = [1, 2], 3
[d, e] = "xy"
print(a, b, c, d, e)
first, *_ , last = range(10)
print(first, last, _)
