# str() and format() of builtin subclasses: only str has its own __str__, so the others
# show a user __repr__; an empty format spec means str(v).
class N(int):
    def __repr__(self):
        return "N!"


class T(tuple):
    def __repr__(self):
        return "T!"


class S(str):
    def __repr__(self):
        return "S!"


class F(float):
    def __repr__(self):
        return "F!"


class L(list):
    def __repr__(self):
        return "L!"


class Both(int):
    def __str__(self):
        return "Both-str"

    def __repr__(self):
        return "Both-repr"


s = S("s")
print(f"{N(5)} {T((1,))} {S('s')} {F(1.5)} {L()} {Both(2)}")
print(str(N(5)), str(T()), str(s), str(F(2.0)), str(L([1])), str(Both(3)))
print(format(N(5), "d"), format(N(5), ""), format(F(1.5), ".2f"), format(s, ">3"), format(Both(7), "03d"))
print("{} {} {}".format(T(), s, Both(1)), "%s %s %r" % (L(), s, s), [s, N(1)], (F(0.5),))
print(s, s + "x", "x" + s, s.upper(), len(s), N(5) + 1)
