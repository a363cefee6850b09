def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    results = []
    while True:
        r = yield from inner()
        results.append(r)
        if len(results) == 2:
            return results

g = outer()
print(next(g), g.send(1), g.send(2), g.send(None), g.send(10))
try:
    g.send(None)
    g.send(None)
except StopIteration as e:
    print("outer done", e.value)

def bad_gen():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(bad_gen()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("handled", e)
t = thrower(); next(t)
t.throw(KeyError("k1"))
try:
    t.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(next(t, "exhausted"))

def delegating_throw():
    try:
        yield from thrower()
    finally:
        print("delegator finally")
d = delegating_throw(); next(d)
d.throw(KeyError("via delegator"))
d.close()

x: int = 5
y: list[str]
def annotated(a: int, b: "str" = "x") -> dict[str, int]:
    return {b: a}
print(annotated(3))

gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def takewhile(pred, it):
    for x in it:
        if not pred(x): return
        yield x
def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop: return
        if i >= start and (i - start) % step == 0:
            yield x
print(list(takewhile(lambda v: v < 100, fib())), list(islice(fib(), 10, 20, 3)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")), list(pairwise([])))
def counter_gen():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter_gen()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
gen = (x for x in range(3))
print(type(gen).__name__, iter(gen) is gen, hasattr(gen, "send"))
def g3():
    x = yield
    print("received", x)
gg = g3(); gg.send(None)
try:
    gg.send("val")
except StopIteration:
    print("stop after receive")
def early(): 
    return
    yield
print(list(early()))
