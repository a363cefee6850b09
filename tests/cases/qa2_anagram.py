from collections import defaultdict, Counter

def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())

def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g))

print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
for g in group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]):
    print(g)
c = Counter("abracadabra")
print(c.most_common(3))
print(sorted(c.items()))
print(c["z"], c["a"])
c.update("aaz")
print(c.most_common(2), sum(c.values()))
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=1) + Counter(a=2, b=1))
print(Counter("hello world".split("o")))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{w:<6}|{n:>3}|{'#' * n}")
first = defaultdict(list)
for w in words:
    first[w[0]].append(w)
print(dict(sorted(first.items())))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
print({**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}, {"x": 1} | {"x": 5, "w": 0})
