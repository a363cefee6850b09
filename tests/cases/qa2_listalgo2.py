def rotate(a, k):
    k %= len(a)
    return a[-k:] + a[:-k]

def dedupe(a):
    seen = set(); out = []
    for x in a:
        if x not in seen:
            seen.add(x); out.append(x)
    return out

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

def spiral(m):
    res = []
    while m:
        res += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return res

print(rotate([1, 2, 3, 4, 5, 6, 7], 3), rotate([1, 2], 5))
print(dedupe([3, 1, 3, 2, 1, 5, 2]), list(dict.fromkeys("banana")))
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [], [[[]]], 8])))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([list(r) for r in zip(*m)])
print([[row[i] for row in m] for i in range(3)])
print(spiral([r[:] for r in m]))
for row in m:
    print(" ".join(f"{v:3d}" for v in row))
a = [5, 3, 8]
a.insert(1, 9); a.remove(8); print(a, a.index(3), a.pop(), a)
nums = [1, 2, 3, 4, 5, 6]
print(nums[::2], nums[-2:], nums[::-1][1:3], max(nums, key=lambda v: -v))
nums[1:3] = [20, 30, 40]; print(nums)
del nums[::2]; print(nums)
print(list(zip("abc", range(5))), list(enumerate("xy", start=1)))
print(any(x > 30 for x in nums), all(nums), min([], default="empty"))
