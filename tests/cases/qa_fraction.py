def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator cannot be zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g
    def __add__(self, o):
        if isinstance(o, int):
            o = Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __mul__(self, o):
        if isinstance(o, int):
            o = Fraction(o)
        return Fraction(self.num * o.num, self.den * o.den)
    def __truediv__(self, o):
        return self * Fraction(o.den, o.num)
    def __eq__(self, o):
        if isinstance(o, int):
            return self.den == 1 and self.num == o
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

h = Fraction(0)
for k in range(1, 11):
    h = h + Fraction(1, k)
print("H10 =", h, float(h))
print(Fraction(1, 2) + Fraction(1, 3), Fraction(3, -6), Fraction(2, 4) == Fraction(1, 2))
print(1 + Fraction(1, 2), Fraction(1, 2) * 4, Fraction(4, 2) == 2)
print(sorted([Fraction(1, 3), Fraction(1, 2), Fraction(1, 5), Fraction(2, 3)]))
print(repr(Fraction(6, 8) / Fraction(3, 4)))
print(f"{float(Fraction(1, 3)):.5f}", str(Fraction(10, 5)))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
total = sum([Fraction(1, n * (n + 1)) for n in range(1, 50)])
print(total)
Fraction(1, 0)
