# threading.local: per-thread attributes, subclass __init__ re-run per thread.
# gilsim-test: all-gils
import threading

data = threading.local()
data.x = "main"
out = []
lock = threading.Lock()

def worker(i):
    has = hasattr(data, "x")
    data.x = i
    data.y = [i]
    data.y.append(i * 2)
    with lock:
        out.append((i, has, data.x, data.y, sorted(data.__dict__)))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for o in sorted(out):
    print(o)
print("main still:", data.x, hasattr(data, "y"))

try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counter(threading.local):
    initial = 100

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        self.inits = getattr(self, "inits", 0) + 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10, step=5)
c.bump()
res = []
def use_counter(n):
    for _ in range(n):
        c.bump()
    with lock:
        res.append((n, c.value, c.step, c.inits, c.doubled, c.initial))
threads = [threading.Thread(target=use_counter, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(res):
    print(r)
print("main counter:", c.value, c.doubled)

# Class attributes are shadowed per thread.
c.initial = 7
seen = []
def look():
    seen.append(c.initial)
t = threading.Thread(target=look)
t.start()
t.join()
print("class attr:", c.initial, seen)

try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(c, threading.local))

# Two locals are independent.
a = threading.local()
b = threading.local()
a.v = 1
b.v = 2
print(a.v, b.v)
