def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i+1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def permute_gen(s, prefix=""):
    if not s:
        yield prefix
        return
    seen = set()
    for i, ch in enumerate(s):
        if ch in seen:
            continue
        seen.add(ch)
        yield from permute_gen(s[:i] + s[i+1:], prefix + ch)

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first] + c for c in combinations(rest, k - 1)]
    return with_first + combinations(rest, k)

def power_set(s):
    if not s:
        return [[]]
    sub = power_set(s[1:])
    return sub + [[s[0]] + x for x in sub]

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(list(permute_gen("aab")))
print(sorted(permute_gen("abc"), reverse=True))
print(combinations(list("abcd"), 2))
print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
print(len(permutations(list(range(6)))))
