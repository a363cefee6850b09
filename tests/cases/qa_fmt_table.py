rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.999), ("Nut", 1000, 0.05)]
print(f"{'Item':<12}|{'Qty':>6}|{'Price':>10}|{'Total':>12}")
print("=" * 43)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>6d}|{price:>10.2f}|{total:>12,.2f}")
print(f"{'TOTAL':<12}|{'':>6}|{'':>10}|{grand:>12,.2f}")
print()
print("%-10s|%5d|%8.3f|%x|%o|%e" % ("left", 42, 3.14159, 255, 8, 12345.678))
print("%5.1f%%" % 99.5, "%+d %+d" % (5, -5), "%05d" % 42, "%.3s" % "abcdef", "%r" % "q", "%c" % 65)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^11}".format("mid"))
print("{:08.3f} {:+.2f} {:.0f} {:.1%} {:,} {:_}".format(3.14159, 2.5, 2.5, 0.1234, 1234567, 9876543))
print("{:b} {:o} {:x} {:X} {:#x} {:#b} {:#o}".format(10, 10, 255, 255, 255, 5, 8))
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.0001:g} {1234567.0:g} {1e16:g} {12.0:.3g}")
print(f"{12345.6789:.2e} {0.000123:.3E} {-1.5:e} {0:e}")
print(f"{7:3}|{7:<3}|{'x':3}|{-3:5}|{-3:<5}|{-3:=5}|{3.5:6}")
val, width, prec = 2 / 3, 10, 4
print(f"{val:{width}.{prec}f}|{val!r}|{'hi'!r:>6}|{val:.{prec}}")
print(f"{True}, {None}, {[1, 'a']}, {(1,)}, {{'braces'}}")
name = "world"
print(f"{name=}, {1+1=}, {name.upper()=}")
print(f"{1000000:,d} {-1234.5:,.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{42:c}" if False else "", f"{'abc':.2}", f"{12:#06x}", f"{-12:06}", f"{255:08b}")
print(format(3.14159, ".2f"), format(42, ">5"), format("s", "^5"), format(1234.5, ","))
print(str(1/3), repr(0.1 + 0.2), 1e22, 1e16, 1.5e-7, 123456789012345678.0, -0.0, 100.0)
