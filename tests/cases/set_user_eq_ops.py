class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"P({self.v})"
a = {P(1), P(2)}
b = {P(1)}
print(len(a - b), len(a & b), len(a | b), len(a ^ b), P(2) in (a - b), sorted((a ^ {P(3)}), key=lambda p: p.v))
print("ABCaB".islower(), "abc1".islower(), "ABC1".isupper(), "".isupper(), "Ab".isupper())
