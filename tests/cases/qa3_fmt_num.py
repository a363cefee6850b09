x = 1234.5678
for spec in [">10", "<10", "^10", "^+10.3f", ",", ",.2f", "_", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "08.2f", "+.0f", " .2f", "=+12.2f", "*^12.1f", "010.1f", ".0e", "f", ""]:
    print(repr(spec), repr(format(x, spec)))
n = 255
for spec in ["d", ">6", "<6", "^6", "+d", " d", ",d", "_d", "b", "_b", "#b", "o", "#o", "x", "#x", "X", "#X", "08b", "#010x", "c", "e", "f", "%", "g", "n", "=+6", "x<8"]:
    print(repr(spec), repr(format(n, spec)))
print(format(-42, "08d"), format(-42, "+08d"), format(-42, "#x"), format(1234567, ",d"), format(-1234567.891, ",.1f"))
print(format(0.0001, "g"), format(1e16, "g"), format(1e-5, ".2g"), format(123456789.0, "g"), format(0.5, ".0%"))
print(format(1e100, ".3e"), format(float("inf"), "f"), format(float("nan"), "+.1f"), format(-0.0, "f"), format(float("-inf"), "e"))
print(format("hi", ">5"), format("hi", "*^6"), format("hello", ".2"), format("x", "<3") + "|")
print(format(True, "d"), format(True, ""), format(3, ".2f"), format(10**20, ","), format(2.5, "n"))
