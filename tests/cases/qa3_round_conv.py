for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 2.675, 1.005]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(1234.5678, -2), round(5), type(round(2.5)), type(round(2.5, 0)), round(0.0), round(-0.4))
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("  42\n"), int("-7"), int("+7"), int("1_000"), int("z", 36))
print(float("  -1e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(".5"), float("5."), float(" +1E-2 "))
for bad in ["", "1.5", "abc", "0x1f", "1__0", " "]:
    try:
        print(int(bad))
    except ValueError as e:
        print("VE", e)
try:
    float("abc")
except ValueError as e:
    print("VE", e)
try:
    int("12", 1)
except ValueError as e:
    print("VE", e)
print(int(3.99), int(-3.99), int(True), float(3), int(1e20), str(1e20), str(1e16), str(1e15), str(123456789012345678.0))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 1.0, 100.0, 1e22, 1.5e-10, -0.0, 3.0 * 1.1)
print(hex(-255), oct(8), bin(-5), hex(0), bin(0))
print(float(10**30), 10**30 / 7, 2**0.5, 10 / 2, 7 // 2.0, 7 % 2.5)
