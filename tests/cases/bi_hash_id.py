print(hash(1), hash(0), hash(-1), hash(-2), hash(100), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(2 ** 10) == 1024)
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = None
print(id(x) == id(None))
class K:
    pass
k = K()
print(hash(k) == hash(k), id(k) == id(k))
d = {1: 'int one'}
d[1.0] = 'float one'
d[True] = 'true one'
print(d)
