class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%d,%d)' % (self.a, self.b)
k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 == k3, k1 != k2, k1 != k3, k1 is k2)
d = {k1: 'first'}
d[k2] = 'second'
d[k3] = 'third'
print(len(d), d[Key(1, 2)], d)
s = {k1, k2, k3, Key(2, 1)}
print(len(s), Key(2, 1) in s, Key(9, 9) in s)
print(k1 == 5, k1 in [5, Key(1, 2)])
print([Key(1, 1), Key(2, 2)].index(Key(2, 2)))
print([Key(1, 1), Key(1, 1), Key(2, 2)].count(Key(1, 1)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
print(NoHash() == 3, NoHash() != 3)
class Default:
    pass
a = Default()
b = Default()
print(a == a, a == b, a != b, len({a, b, a}))
print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(10 ** 20) == hash(10 ** 20), hash(2.0) == hash(2))
