class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), s + [9], list(reversed(s)), 2 in s, s == [1, 2, 3])
s += [4]
print(s, type(s).__name__, sorted(s, reverse=True), sum(s), s[1:3])
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] = c[ch] + 1
print(c, c["z"], len(c), sorted(c.items()), "a" in c)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u + "x", f"{u:>6}|", repr(u))
class Money(int):
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m, m + 3, m * 2, repr(m), m > 3)
class Tagged(list):
    def __init__(self, tag, items):
        super().__init__(items)
        self.tag = tag
t = Tagged("x", [3, 1])
t.sort()
print(t, t.tag, t.count(1))
class Point(tuple):
    pass
p = Point((1, 2))
print(p, p[0], len(p))
class MyErrDict(dict):
    pass
d = MyErrDict(a=1)
d.update({"b": 2})
print(d, list(d.keys()), d.get("c", 0))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
