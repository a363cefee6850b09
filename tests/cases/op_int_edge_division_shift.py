# Shifting the most negative 64-bit int, signed zeros and subnormals from int / int,
# and the operand types named when an int meets a float in a bitwise operator.
m = -(2 ** 63)
print(m << 1, m << 3, m << True, (-2 ** 62) << 1, (-2 ** 62) << 2, -1 << 63, -1 << 64)
print(m >> 1, m >> 63, m >> 64, (m << 1) >> 1 == m)

zero = 0
print(zero / -(2 ** 63), zero / -(10 ** 30), zero / (10 ** 30), 0 / -5)

# Results below the smallest normal float keep their significant bits.
a = 107071288145247
b = 2 ** 1100 + 12345
print(a / b, -a / b, a / -b, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1075, 1 / 2 ** 1076)
print(-(2 ** 60 + 1) / 2 ** 1134, (2 ** 60 + 1) / 2 ** 1140)

# Round half to even on the 54th bit, with and without a remainder beyond it.
for n in (1, 2, 3):
    big = (2 ** 53 + n) << 70
    print(big / 2 ** 70, (big + 1) / 2 ** 70, (big - 1) / 2 ** 70)
print(10 ** 30 / 7, -(10 ** 40) / 3, (10 ** 400 + 1) / 10 ** 390, 2 ** 1023 * 3 // 2 / 1)
for v in (2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 10 ** 500 // 3):
    try:
        print(v / 1)
    except OverflowError as e:
        print("OverflowError:", e)

for op in ("&", "|", "^", "<<", ">>"):
    for x, y in ((1, 2.0), (2.0, 1), (1.5, 2.5), (True, 1.0), (2 ** 70, 1.0)):
        try:
            if op == "&":
                x & y
            elif op == "|":
                x | y
            elif op == "^":
                x ^ y
            elif op == "<<":
                x << y
            else:
                x >> y
        except TypeError as e:
            print(e)
