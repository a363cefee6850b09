sales = [
    ("2024-01", "north", "widget", 120.0),
    ("2024-01", "south", "gadget", 80.5),
    ("2024-02", "north", "gadget", 95.25),
    ("2024-02", "north", "widget", 130.0),
    ("2024-02", "south", "widget", 60.0),
    ("2024-03", "east", "gizmo", 200.0),
    ("2024-03", "south", "gadget", 75.75),
]
by_region = {}
for month, region, product, amount in sales:
    by_region[region] = by_region.get(region, 0) + amount
print(by_region)
nested = {}
for month, region, product, amount in sales:
    nested.setdefault(month, {}).setdefault(region, []).append((product, amount))
for month, regions in nested.items():
    print(month, {r: sum(a for _, a in v) for r, v in regions.items()})
products = {p for _, _, p, _ in sales}
print(sorted(products), len(products))
pivot = {p: {m: sum(a for mm, _, pp, a in sales if pp == p and mm == m) for m in sorted({s[0] for s in sales})} for p in sorted(products)}
for p, row in pivot.items():
    print(f"{p:<8}" + "".join(f"{v:>9.2f}" for v in row.values()))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1, "d": 3}.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {v: k for k, v in {"x": 1, "y": 2}.items()})
d = {"b": 2, "a": 1, "c": 3}
print(list(d.keys()), list(d.values()), list(d.items()), set(d.keys()) & {"a", "z"})
print(d.pop("b"), d, d.popitem(), d, d.setdefault("z", 26), d)
d.update({"q": 0}, r=1)
d.update([("s", 2)])
print(d, len(d), "q" in d, 0 in d, d.get("nope"), d.copy() == d, d.copy() is d)
del d["q"]
print(d, sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.values()))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda x: -x[1])[:2], {k: v for k, v in counts.items() if v > 1})
print(dict(sorted(counts.items())), list(reversed(counts)), dict.fromkeys(["x", "y"], 0))
matrix_dict = {(i, j): i * j for i in range(3) for j in range(3)}
print(matrix_dict[(2, 2)], sum(matrix_dict.values()), [k for k, v in matrix_dict.items() if v == 2])
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.union([7], (8,)), a.intersection(b, {4}))
s = set()
s.add(3); s.update([1, 2]); s.discard(9); s.remove(1)
print(s, frozenset([1, 2]) | {5}, {frozenset({1}): "fs"}, sorted({x % 5 for x in range(20)}), len(set("hello")))
e = {}
print(e == {}, {} == set(), type({}).__name__, {1: "a"} == {1.0: "a"}, {True: 1, 1: 2})
grades = {"alice": [90, 85], "bob": [70], "carol": []}
avgs = {n: (sum(g) / len(g) if g else None) for n, g in grades.items()}
print(avgs)
for k in list(grades):
    if not grades[k]:
        del grades[k]
print(grades)
