students = [
    {"name": "Ann", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 22},
    {"name": "Cid", "grade": 88, "age": 19},
    {"name": "dee", "grade": 70, "age": 22},
    {"name": "Eve", "grade": 95, "age": 21},
]
by_grade = sorted(students, key=lambda s: s["grade"], reverse=True)
print([s["name"] for s in by_grade])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["name"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"])])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower())])
students.sort(key=lambda s: s["age"])
print([(s["name"], s["age"]) for s in students])
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "grape"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]), max(words, key=len), min(words, key=str.lower))
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)), sorted(nums, reverse=True))
pairs = [(1, "b"), (2, "a"), (1, "a"), (2, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (p[1], -p[0])))
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped: break
    return xs
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]; j -= 1
        xs[j + 1] = key
    return xs
def merge_sort(xs):
    if len(xs) <= 1: return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(xs):
    if len(xs) < 2: return xs
    p, *rest = xs
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def counting(xs):
    lo, hi = min(xs), max(xs)
    counts = [0] * (hi - lo + 1)
    for x in xs: counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
import random
random.seed(7)
data = [random.randrange(100) for _ in range(25)]
print(data)
for f in (bubble, insertion, merge_sort, quick, counting):
    print(f.__name__, f(data) == sorted(data))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted((3, 1, 2)))
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([3.5, 1, 2.25, -1e3]), sorted([True, False, 2]))
inv = {"apples": 5, "pears": 2, "kiwis": 9}
print(sorted(inv, key=inv.get), sorted(inv.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(sorted(inv))), sorted(inv.values()))
a = [3, 1, 2]
print(a.sort(), a, sorted(a) is a)
