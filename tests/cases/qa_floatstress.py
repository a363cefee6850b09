import random, math
random.seed(2024)
specs = [".0f", ".1f", ".2f", ".3f", ".6f", ".0e", ".2e", ".5E", "g", ".1g", ".3g", ".10g", "G", ".2%", ",.2f", "10.3f", "<12.4g", "+.3e", "", "n" if False else "r" if False else ".4"]
vals = [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123456789.123, 9.995, 99.995, 0.045, 1.0005, 5e-324, 1.7976931348623157e308, 2.675, 1e21, 1e-5, 123.456e10]
vals += [random.uniform(-1000, 1000) for _ in range(15)] + [random.random() * 10 ** random.randint(-12, 12) for _ in range(15)]
for v in vals:
    out = []
    for s in specs:
        out.append(format(v, s))
    print(" | ".join(out))
for v in vals:
    print(repr(v), str(v), round(v, 3), round(v), "%.4f" % v, "%g" % v, "%e" % v)
def mean(xs): return sum(xs) / len(xs)
def var(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
def median(xs):
    s = sorted(xs); n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
data = [random.gauss(50, 10) for _ in range(101)]
print(mean(data), var(data), math.sqrt(var(data)), median(data), min(data), max(data))
print([0.1 * i for i in range(12)])
print([i / 10 for i in range(12)], [round(i * 0.1, 1) for i in range(5)])
acc = 0.0
for i in range(1, 50):
    acc += 1 / i
    if i % 7 == 0:
        print(i, acc, acc * 1e10, acc / 1e10)
print(sum(1 / 2 ** i for i in range(60)), math.fsum(1 / 3 for _ in range(30)), 1 / 3 * 30)
print([x ** 0.5 for x in range(10)], [math.exp(-x) for x in range(0, 30, 6)])
print(float(2 ** 63), float(2 ** 64 - 1), float(10 ** 22), float(10 ** 23), 2 ** 63 / 10, 1e15 / 7, 123456789 * 1.1)
