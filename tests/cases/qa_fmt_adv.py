import sys
class P:
    def __init__(self): self.name = "Ann"; self.tags = ["a", "b"]
p = P()
d = {"key": "val", "n": 3}
print("{0.name} has {0.tags[1]}".format(p), "{d[key]} {d[n]:03d}".format(d=d), "{[0]}".format([9]))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7), "{!r:>6}".format("s"), "{0!s}".format(1.0))
print("{name} is {age}".format_map({"name": "Bo", "age": 5}), "{{literal}} {}".format(1), "{:}".format(3))
print("%s %r %a" % ("é", "é", "é"), "%3s|%-3s|" % ("a", "b"), "%.2f %.0f %e %g %G" % (1.005, 0.5, 0.0001, 1e-5, 1e20))
print("%i %u %X %#x %#o %+.1e" % (3, 4, 255, 255, 8, -1234.5), "%%", "%s" % [1, 2], "%s" % (1,), "%d%%" % 50)
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159), "%c%c" % ("x", 121))
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print("a", "b", sep="", end="!\n")
print("multi", "args", 1, 2.0, None, True, sep=" | ")
print(*[1, 2, 3], sep=", ", end=".\n")
print()
print("", end="")
print("no newline", end="")
print(" continued")
print(repr("\t\n\\'\""), "\x41\u00e9\N{BULLET}" if True else "", r"raw\n", "bytes skipped")
print(f"{'nested ' + f'{1 + 1}'}", f"{d['key']}", f'{"dq"}', f"{3:{'>'}{5}}", f"{'%d' % 5}", f"{ {'a': 1}['a'] }")
w = 10
print(f"{'Name':^{w}}|{'Score':^{w}}|", f"{3.14159:{w}.{2}f}|", f"{'x'!a}", f"{-0.0:+.1f}", f"{1e100:.3g}")
for n in [0, 1, -1, 1.5, -2.25, 1e6, 123456789, 0.1]:
    print(f"{n!r:>12} {n:>12} {n:^+10.2f} {str(n):*<12}")
print(f"{12345678:,}", f"{1234.5678:,.2f}", f"{0.000012345:.3}", f"{100:.2%}", f"{5:03}", f"{'s':>03}")
print(format(0.1, ".20f"), format(1/3, ".17g"), format(2**53, "e"), format(123, "+"), format(-5, " "), format(5, " "))
print("{:,}".format(-1234567.891), "{:.3n}".format(1234.5) if False else "", "{:=+8.2f}".format(-3.5), "{:010.3f}".format(-3.14159))
print(str(3.0), str(-0.0), str(1e-5), str(1e21), str(1.0e20), str(12345678901234567.0), str(0.30000000000000004))
print("|".join(f"{x:5.1f}" for x in [1, 22.22, 333.333]), "|".join(format(x, "e") for x in [0.0, -1.0]))
tbl = [["Name", "Qty", "Price"], ["apple", 3, 1.5], ["kiwi", 12, 0.25]]
widths = [max(len(str(r[i])) for r in tbl) for i in range(3)]
for row in tbl:
    print(" | ".join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(row, widths)))
print("{0:>{1}}".format("r", 4), "{:^{}}".format("c", 5) + "|", "%-8s%8s" % ("L", "R"))
