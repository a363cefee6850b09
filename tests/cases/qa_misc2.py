import time, sys, math, os
start = time.time()
time.sleep(0.01)
elapsed = time.time() - start
print(elapsed > 0, type(elapsed).__name__, isinstance(time.perf_counter(), float), time.monotonic() > 0)
print(type(time.time_ns()).__name__ if hasattr(time, "time_ns") else "int")
data = sys.stdin.read()
print(repr(data), sys.stdin.readline() == "")
lines = [l for l in sys.stdin]
print(lines)
inf, nan = float("inf"), float("nan")
print(f"{inf:.2f} {-inf:10.1f}| {nan:.3f} {inf:e} {nan!r}", inf == inf, nan == nan, nan != nan, inf - inf)
print(sorted([3, 1, 2]), max(inf, 5), min(-inf, 0), math.isfinite(inf), inf * 0, abs(-inf), int(1e18))
for bad in (lambda: round(inf), lambda: int(nan), lambda: int(inf), lambda: math.floor(nan)):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
g = globals()
print("inf" in g, type(g).__name__, __name__ in ("__main__",))
def lo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(lo(1))
counter = 0
def bump():
    global counter, newglobal
    counter += 1
    newglobal = "created"
bump(); bump()
print(counter, newglobal)
def remove_global():
    global newglobal
    del newglobal
remove_global()
try:
    print(newglobal)
except NameError as e:
    print("NameError:", e)
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.platform.startswith(("linux", "darwin", "win")), sys.byteorder)
print(type(sys.argv).__name__, sys.argv[1:], isinstance(sys.stdout.write, object))
print(os.name, os.linesep == "\n", os.path.join("/a", "/b"), os.path.normpath("a/./b/../c"), os.path.split("/x/y.txt"))
print(os.path.splitext("/p/archive.tar.gz")[1], os.path.basename("dir/"), os.path.abspath("/a/b/../c"))
print(math.gcd(12, 18), math.lcm(4, 6), math.floor(-0.5), math.ceil(0.0001), math.dist((0, 0), (3, 4)), math.sqrt(16.0))
print(math.comb(5, 2), math.perm(5), math.exp(0), math.log1p(0) if hasattr(math, "log1p") else 0.0, math.cos(math.pi), round(math.sin(math.pi), 10))
print(math.floor(2.5) + math.ceil(2.5), math.trunc(3.9), math.sqrt(2) ** 2, math.pi / 2, math.e ** 2, math.fmod(-7, 3), -7 % 3)
sys.stdout.write("end\n")
sys.stdout.flush()
