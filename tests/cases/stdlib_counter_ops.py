# Counter's multiset operators (+ - | & and unary + -), its zero-means-missing
# equality, and order-sensitive equality between OrderedDicts.
from collections import Counter, OrderedDict

c = Counter("abracadabra")
c.update("aaz")
c.subtract({"a": 2, "q": 1})
print(c)
print(c - Counter("ab"), Counter("ab") - c)
print(c & Counter("aab"), c | Counter("zzz"))
print(+c, -c, -Counter({"a": -2, "b": 3}))
print(Counter("aab") + Counter("bcc"), Counter(a=1) + Counter(a=-1))
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=1, b=0), Counter("ab") == Counter("abb"))
x = Counter("hello")
x += Counter("world")
print(x)
x -= Counter("lll")
print(x)
for bad in ([1], 5, "ab"):
    for op in ("+", "-", "|", "&"):
        try:
            if op == "+":
                Counter("a") + bad
            elif op == "-":
                Counter("a") - bad
            elif op == "|":
                Counter("a") | bad
            else:
                Counter("a") & bad
        except TypeError as e:
            print(e)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0))
from collections import defaultdict
print(defaultdict.fromkeys("ab", 5), type(OrderedDict.fromkeys("a")).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
