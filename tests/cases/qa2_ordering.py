from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs), vs[1] == vs[4], vs[1] is vs[4], vs[0] >= vs[1], vs[2] <= vs[1])
print(len(set(vs)), Version("1.0") == "1.0", Version("1.0") != "1.0")

class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, o):
        return Card.RANKS.index(self.rank) < Card.RANKS.index(o.rank)
    def __eq__(self, o):
        return self.rank == o.rank and self.suit == o.suit
    def __str__(self):
        return self.rank + self.suit
    __repr__ = __str__

hand = [Card(r, s) for r, s in zip("KT2AJ", "hdcsh")]
print(sorted(hand), sorted(hand, reverse=True)[0])
print(Card("A", "s") in hand, hand.index(Card("2", "c")), hand.count(Card("K", "d")))
try:
    print(hand[0] > 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Card("2", "c") <= Card("3", "c")
except TypeError as e:
    print("TypeError:", e)
