# LifoQueue and PriorityQueue ordering.
# gilsim-test: all-gils
import queue

l = queue.LifoQueue()
for i in range(5):
    l.put(i)
print([l.get() for _ in range(5)])
l2 = queue.LifoQueue(maxsize=1)
l2.put("only")
try:
    l2.put_nowait("more")
except queue.Full:
    print("LifoQueue Full")
print(l2.get(), l2.empty())
try:
    l2.get_nowait()
except queue.Empty:
    print("LifoQueue Empty")

p = queue.PriorityQueue()
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    p.put(x)
print([p.get() for _ in range(p.qsize())])

# Pseudo-random data from a fixed LCG; the order must match sorted().
seed = 12345
data = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
p = queue.PriorityQueue()
for x in data:
    p.put(x)
out = []
while not p.empty():
    out.append(p.get_nowait())
print(out == sorted(data), len(out))

# Interleaved puts and gets.
p = queue.PriorityQueue()
trace = []
for i, x in enumerate(data[:60]):
    p.put(x)
    if i % 3 == 2:
        trace.append(p.get())
print(trace[:10])
rest = [p.get() for _ in range(p.qsize())]
print(rest == sorted(rest), len(rest))

# Tuples: (priority, sequence, payload).
p = queue.PriorityQueue()
jobs = [(2, "write"), (1, "read"), (3, "close"), (1, "open"), (2, "flush")]
for seq, (prio, name) in enumerate(jobs):
    p.put((prio, seq, name))
print([p.get()[2] for _ in range(len(jobs))])

# Strings and floats.
p = queue.PriorityQueue()
for w in "the quick brown fox jumps over the lazy dog".split():
    p.put(w)
print(" ".join(p.get() for _ in range(p.qsize())))
p = queue.PriorityQueue(maxsize=3)
for f in (2.5, -1.0, 0.0):
    p.put(f)
print(p.full(), p.get(), p.get(), p.get())

# A class with __lt__.
class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
p = queue.PriorityQueue()
for prio, name in [(3, "c"), (1, "a"), (2, "b")]:
    p.put(Job(prio, name))
print([p.get().name for _ in range(3)])
