class Resource:
    opened = []
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print(f"open {self.name}")
        Resource.opened.append(self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        Resource.opened.remove(self.name)
        return self.fail

class Suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.excs)

class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter", Timer.depth)
        return Timer.depth
    def __exit__(self, *args):
        print("  " * Timer.depth + "exit", Timer.depth)
        Timer.depth -= 1
        return False

with Resource("a") as r:
    print("using", r.name)
with Resource("b", fail=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"), Resource("d"):
        print(Resource.opened)
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print(Resource.opened)
with Suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with Timer() as d1:
    with Timer() as d2:
        print(d1, d2)
def f():
    with Resource("ret"):
        return "returned"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with Resource("final"):
    raise KeyError("boom")
