# max() asks item > best (so __gt__ first and a ">" in errors); min() asks item < best.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self): return f"V{self.v}"
print(max([V(1), V(3), V(2)]))
print(min([V(1), V(3), V(2)]))
print(max(V(5), V(4), key=lambda x: x))
for bad in ([1, "a"], ["b", 2.5], [None, 1], [(1,), [1]]):
    for f in (max, min):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
print(max([3, 1, 3.0], key=lambda x: x), min([2, 2.0]), max("abc", "abd", key=len))
