# queue.SimpleQueue: unbounded FIFO with get timeouts.
# gilsim-test: all-gils
import queue
import threading

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.empty(), s.qsize())
print(s.get(), s.get_nowait(), s.get(timeout=1))
try:
    s.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    s.get(block=False, timeout=1)
except queue.Empty:
    print("Empty from get(block=False)")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# Producers and one consumer.
def producer(base):
    for i in range(50):
        s.put(base + i)
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
for p in producers:
    p.start()
got = [s.get() for _ in range(150)]
for p in producers:
    p.join()
print(len(got), sorted(got) == sorted(k * 1000 + i for k in range(3) for i in range(50)))
# Per-producer order is kept.
for k in range(3):
    mine = [g for g in got if g // 1000 == k]
    print(k, mine == sorted(mine))
print(s.empty())

# A blocked get() is woken by a put from another thread.
ready = threading.Event()
res = []
def consumer():
    ready.set()
    res.append(s.get())
t = threading.Thread(target=consumer)
t.start()
ready.wait()
s.put("wake")
t.join()
print(res)
