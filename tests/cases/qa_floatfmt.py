vals = [0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 7 / 7, 1e-10, 123456.789, 1e300 * 10, -0.5, 2.675, 1.005]
for v in vals:
    print(v, round(v, 2), "%.3f" % v, f"{v:.2e}", f"{v:g}", f"{v:10.4f}|", str(v))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.5)), round(7.55, 1), round(-0.0001, 2))
print(7 / 2, 7 // 2, -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, 7.5 % 2, divmod(-7, 2), divmod(7.5, 2))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1, 2**0.5, 10**-2, 4**0.5, (-8) ** (1/3) if False else "")
print(float("inf"), float("-inf"), float("nan"), float("1e5"), float(" 3.5 "), float("-.5"))
import math
print(math.pi, math.e, math.tau, math.inf, math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1), math.hypot(3, 4), math.fabs(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e308 * 10), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.pow(2, 10), math.floor(3.9999), math.modf(3.25))
print(1.0, 100.0, 1e5, 1e15, 1e16, 1.23e-4, 0.0001, 0.00001, 1234567890123.0, 3.0e-300)
print(f"{math.pi:.10f} {math.e:.0f} {1/7:.15f} {2/3:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
print(int(3.99), int(-3.99), float(7), 3 == 3.0, 0.1 + 0.2 == 0.3, abs(-2.5), 2.5.is_integer(), (3.0).is_integer())
avg = sum([88, 92, 79, 93, 85]) / 5
print(f"Average: {avg}", f"Average: {avg:.1f}", "Average: %.2f" % avg, "Average:", round(avg, 1))
celsius = [-40, 0, 37, 100]
for c in celsius:
    f = c * 9 / 5 + 32
    print(f"{c:>5}C = {f:>6.1f}F", c * 9 // 5 + 32)
print(max(1, 2.0), min(-0.0, 0), sum([1, 2.5]), pow(2, 0.5), pow(2.0, 3), 5 ** -1, (-2) ** 2, -2 ** 2)
print(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993.0, 0.3 - 0.1)
print(f"{1e-7}", f"{123.0}", repr(1e23), str(1.0e-4), 1e-4 * 10, 12.5 % 5, -12.5 % 5, 2 ** 62 * 1.0)
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (0.5).as_integer_ratio() if True else "")
