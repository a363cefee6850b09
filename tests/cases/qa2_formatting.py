rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1999.999)]
print(f"{'Item':<12}|{'Qty':^5}|{'Price':>10}")
print("-" * 29)
for name, q, p in rows:
    print(f"{name:<12}|{q:^5}|{p:>10.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'Total':<12}|{'':^5}|{total:>10,.2f}")
n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:e}", f"{n:.3g}", f"{n:15.2f}|", f"{-n:+,.0f}")
print(f"{42:08b}", f"{255:#x}", f"{255:X}", f"{8:o}", f"{0.256:.1%}", f"{7:+d}", f"{7: d}")
print(f"{'hi':*^10}", f"{'left':-<8}", f"{3.14159:.0f}", f"{2.5:.0f}", f"{3.5:.0f}")
w, pr = 10, 3
print(f"{3.14159265:{w}.{pr}f}|", f"{'x'!r:>5}", f"{1e-7}", f"{1e16}", f"{123456789012345678.0}")
print("%s is %d years and %.2f%%" % ("Tom", 30, 12.345))
print("%5s|%-5s|%05d|%x|%r" % ("a", "b", 42, 255, "q"))
print("%(name)s=%(val)r" % {"name": "k", "val": [1]})
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"))
print("{name:>6}:{score:6.1f}".format(name="bob", score=93.456))
print("{0[0]}-{0[1]} {1.real}".format(["x", "y"], 3))
table = [["id", "name", "score"], [1, "alice", 93.5], [22, "bob", 7.25]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
print(f"{True!s:>6}", f"{None}", f"{[1, 'a']}", f"{{literal}}", f"{'a' 'b'}")
x = 5
print(f"{x=}", f"{x * 2 = }", f"{x!r:>4}")
print(format(1234.5, ",.2f"), format(10, "b"), format("s", "^5"), str(1/3), repr(0.1 + 0.2), round(2.675, 2))
print(1e22, 1.5e-5, 100.0, 1/7, -0.0, float("inf"), 2**0.5)
