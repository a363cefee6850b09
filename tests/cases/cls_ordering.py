class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return 'V' + self.s
vs = [Version(x) for x in ['1.10', '1.2', '1.2.1', '0.9', '2.0']]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
a, b = Version('1.0'), Version('1.1')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'L%d' % self.v
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
items.sort()
print(items)
print(OnlyLt(5) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return '%s%s' % (self.rank, self.suit)
cards = [Card(3, 'h'), Card(1, 's'), Card(3, 'c'), Card(2, 'h')]
print(sorted(cards, key=lambda c: c.rank))
print(sorted(cards, key=lambda c: (c.suit, -c.rank)))
