import sys, os
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
chunks = []
i = 0
while (chunk := data[i:i+2]):
    chunks.append(chunk); i += 2
print(chunks)
first, *middle, last = data
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (x, y) in enumerate(zip("ab", [10, 20]), start=1):
    print(i, x, y)
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, d1 | d2, [*d1, *d2], (*data[:2], *"xy"))
d1 |= {"z": 26}
print(d1)
def f(a, b, /, c, *, d=4, **kw):
    return a, b, c, d, kw
print(f(1, 2, 3), f(1, 2, c=3, d=5, e=6), f(*[1, 2], **{"c": 9}))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
print(1 < 2 < 3 > 2 != 5, 1 < 3 < 2, "a" < "b" <= "b", 0 == 0.0 == False)
x = 7
print("even" if x % 2 == 0 else "odd", x if x > 10 else -x, [y for y in range(20) if y % 3 == 0 if y % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], {i: i * i for i in range(5) if i}, {c for c in "mississippi"} == set("misp"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row], [[row[i] for row in matrix] for i in range(3)])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), any(x > 5 for x in data), all([]), any([]))
print(sys.argv[0].endswith(".py"), len(sys.argv), __name__, type(sys.maxsize), sys.maxsize == 2**63 - 1)
print(os.path.basename("/a/b/c.txt"), os.path.join("a", "b", "c.py"), os.path.splitext("x.tar.gz"), os.sep)
print(os.path.exists("/definitely/not/here"), os.getcwd() == os.path.abspath("."), os.path.dirname("/x/y/z"))
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
del lst[::2]
print(lst)
lst[1:1] = [100, 200]
print(lst, lst[::-1], lst[-3:], lst[:-3], lst[100:], lst[-100:2])
s = "Hello, World"
print(s[::2], s[-5:], s[:-7:-1], s[3:1], s.swapcase(), s.casefold(), s.partition(", "), s.rpartition("o"))
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(" ", 1), "x".join("abc"), "1,2;3".replace(";", ","). split(","))
print("tab\there".expandtabs(4), "Title Case Me".istitle(), "abc123".isalnum(), " ".isspace(), "٣".isdigit(), "Ab".startswith(("a", "A")))
print("snake_case_name".split("_"), "CamelCase".lower(), "%s-%s" % ("a", "b"), "ab" * 3, "-" * 0, "abc" in "xabcx")
print("hello world".title(), "HELLO".capitalize(), "  pad  ".strip(), "xxhixx".strip("x"), "abc".lstrip("a"), "line\n".rstrip("\n"))
print("one\ntwo\r\nthree".splitlines(), "a\n\nb".splitlines(keepends=True), "hello".count("l"), "aaa".replace("a", "b", 2))
print(str(123).zfill(6), "{:>5}".format("ab"), "é".upper(), "ß".upper(), len("日本語"), "日本語"[1], ord("€"), chr(9731))
print(bin(10), int("1010", 2), hex(255)[2:], f"{10:b}", (255).bit_length(), 256)
print(isinstance(True, int), True + True, type(1 == 1), bool("False"), bool(""), bool([0]), None is None, type(None).__name__)
print(divmod(17, 5), abs(-3), pow(2, 10), max("apple", "banana"), min([4, 2], [4, 1]), sum([[1], [2]], []))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("x", 1)]), list(dict.fromkeys("hello")), {}.get("k", "d"))
print(list(enumerate("ab")), list(reversed([1, 2, 3])), list(range(10, 0, -3)), len(range(0, 100, 7)), range(5)[-1])
print(round(3.14159, 3), abs(-7.5), int("  42  "), str(None), repr("it's"), repr('say "hi"'), ascii("é"))
