import sys
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": 1}
d["self"] = d
print(d)
print(int("1_000"), int(" -0 "), int("+5"), float("1_0.5"), int("0b101", 0), int("0o17", 0), int("  12\n"))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".split(None, 1), "abcabc".index("c", 3), "abc".find("c", -1))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6), "x".center(4, "*"), "12".isdecimal(), "½".isnumeric())
print((1, 2) < (1, 2, 0), [1, 2] < [1, 3], (1, "a") < (1, "b"), [] < [0], (2,) > (1, 9, 9), "Z" < "a", "abc" < "abd")
print("x" * -1, [0] * -5, [[]] * 3, (1,) * 3, 3 * "ab")
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900), sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(deep(4000))
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
e = ValueError("base")
e.add_note("note 1")
print(e.__notes__, str(e))
x = [3, 1, 2]
y = x
x += [4]
print(y, x is y)
t = (1, 2)
u = t
t += (3,)
print(u, t, t is u)
s = "abc"
print(s == "ab" + "c")
print(-7 // 2 ** 70, (-7) % 2 ** 70, -(2 ** 70) // 3, round(-12345, -2), round(15, -1), round(25, -1), round(-25, -1))
print(max([3, 1, 3], key=lambda v: v), max([], default="empty"), min(3, 1, 2), max("a", "B"), max([1, 2], [1, 2, 0]))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(zip([1, 2, 3], "ab")), list(zip()))
print(sum([0.1] * 3), sum(range(5), 10), sum([[1], [2]], start=[0]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0], reverse=True))
print(isinstance(1, (str, (int, float))), isinstance([], list), type([]) is list, type(True) is int)
print(divmod(-7, 3), divmod(7, -3), -7 % 3, 7 % -3, -7.0 % 3, math_ok := 3)
print(0.1 + 0.7, 1 - 0.9, 3 * 0.1, 100 * 1.1, 1 / 3 * 3, 2 ** -1, 10 / 5, 9 ** 0.5, 27 ** (1 / 3))
print(abs(-0.0), -0.0 == 0.0, float("-0"), 0.0 * -1, round(-0.4), round(0.5), round(-0.5))
print(hash(1) == hash(1.0), hash(-1), hash(True), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(list(range(0)), list(range(-3)), list(range(3, 0)), range(1, 10, 2)[2], range(10)[2:5], 5 in range(0, 10, 5))
print(str(range(3)), repr(range(1, 5, 2)), len(range(-5, 5, 3)), list(range(10)[::-2]), range(5) == range(0, 5))
print(chr(97), ord("a"), "%c" % 97, str("s"), bool(0.0), bool(-1), not None, not [])
print(1 if [] else 2, [] or "default", 0 and 1, "a" and "b", None or 0 or "" or "last", (1, 2) and [3])
