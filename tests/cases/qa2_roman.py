VALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = ""
    for v, s in VALS:
        while n >= v:
            out += s
            n -= v
    return out

def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, c in enumerate(s):
        if i + 1 < len(s) and m[c] < m[s[i + 1]]:
            total -= m[c]
        else:
            total += m[c]
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} = {r}")

def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    for i in range(1, n + 1):
        s = "".join(w for d, w in rules if i % d == 0)
        yield s or str(i)

print(", ".join(fizzbuzz(21)))
print(list(fizzbuzz(15, ((2, "Even"),))))
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
