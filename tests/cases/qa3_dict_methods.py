d = dict.fromkeys("abc")
print(d)
d = dict.fromkeys(["x", "y"], 0); print(d)
print(d.setdefault("x", 5), d.setdefault("z", 7), d.setdefault("w"), d)
print(d.popitem(), d)
d.update({"q": 1}, r=2); d.update([("s", 3), ("x", 9)]); d.update(t=4); print(d)
print(d.pop("q"), d.pop("nope", "dflt"))
try:
    d.pop("nope")
except KeyError as e:
    print("KE", e)
try:
    {}.popitem()
except KeyError as e:
    print("KE", e)
print({k: v * 2 for k, v in d.items() if v and v > 2})
k = d.keys(); v = d.values(); it = d.items()
d["new"] = 1
print(k, v, it, len(k), "new" in k, ("new", 1) in it)
del d["x"]
print(list(k), list(v))
print(dict(a=1, b=2), dict([("a", 1)], b=3), dict(zip("ab", [1, 2])))
print(d.get("zzz"), d.get("zzz", 0), {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
e = {"a": 1, "b": 2}
print(e | {"c": 3}, e.keys() & {"a", "z"}, e.keys() - {"a"})
e |= {"a": 10}; print(e)
print(list(reversed(e)), list(reversed(e.items())), sorted(e, reverse=True))
c = e.copy(); c["a"] = 0; print(e, c)
try:
    for kk in e:
        e["zz"] = 1
except RuntimeError as ex:
    print("RE", ex)
print({1: "a", True: "b", 1.0: "c"})
