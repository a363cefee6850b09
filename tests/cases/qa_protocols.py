class OldSeq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), [x for x in OldSeq()], list(reversed([*OldSeq()])))
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(3)), "yes" if Sized(1) else "no", not Sized(0))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], range(10)[Idx()], bin(Idx()), hex(Idx()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), "".join(Rev()))
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __sub__(self, o): return Num(self.v - o.v)
    def __rsub__(self, o): return Num(o - self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, e, mod=None): return Num(pow(self.v, e, mod))
    def __rpow__(self, b): return Num(b ** self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __invert__(self): return Num(~self.v)
    def __abs__(self): return Num(abs(self.v))
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __lshift__(self, o): return Num(self.v << o)
    def __rshift__(self, o): return Num(self.v >> o)
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __truediv__(self, o): return Num(self.v / o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __round__(self, n=None): return Num(round(self.v, n) if n is not None else round(self.v))
    def __call__(self, *a): return f"called with {a}"
n = Num(7)
print(n + 1, 1 + n, n - Num(2), 10 - n, n * 3, n // 2, n % 4, n ** 2, 2 ** n)
print(-n, +n, ~n, abs(Num(-3)), n & 3, n | 8, n ^ 1, n << 2, n >> 1, n / 2, 14 / n, divmod(n, 2))
print(sum([Num(1), Num(2), Num(3)]), sorted([Num(3), Num(1), Num(2)]), max([Num(3), Num(9)]), n == Num(7), n != Num(7), n != 7)
print(int(n), float(n), round(Num(2.567), 1), round(Num(2.5)), n(1, 2), Num(1) in {Num(1)}, Num(2) > Num(1))
x = Num(1)
y = x
x += 5
print(x, y, x is y)
x -= Num(1); x *= 2; x //= 3; x **= 2; x %= 7
print(x)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return "eq-result"
    def __lt__(self, o): return [1]
print(Cmp(1) == Cmp(2), Cmp(1) < Cmp(2), Cmp(1) != Cmp(2), Cmp(1) > Cmp(2))
if Cmp(1) < Cmp(2): print("truthy list")
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont(), list(Cont()), sum(Cont()), sorted(Cont(), reverse=True), dict(zip(Cont(), "abc")))
class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return self.k == o.k
print(len({Hashy(1), Hashy(2), Hashy(1)}), {Hashy(1): "a"}[Hashy(1)])
