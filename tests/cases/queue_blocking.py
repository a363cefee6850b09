# Blocking put/get woken by other threads, with and without timeouts.
# gilsim-test: all-gils
import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
done = threading.Event()
def putter():
    q.put("second")          # blocks until main takes "first"
    done.set()
t = threading.Thread(target=putter)
t.start()
print(q.get())
done.wait()
t.join()
print(q.get(), q.empty())

# get() with a timeout that is long enough: an item arrives from a thread.
def later():
    q.put("late item")
t = threading.Thread(target=later)
t.start()
print(q.get(timeout=5))
t.join()

# put() with a timeout that is long enough.
q.put("x")
def taker():
    q.get()
t = threading.Thread(target=taker)
t.start()
q.put("y", timeout=5)
t.join()
print(q.get_nowait())

# Many consumers blocked on an empty queue are each given one item.
q = queue.Queue()
got = []
lock = threading.Lock()
def consumer():
    item = q.get()
    with lock:
        got.append(item)
cs = [threading.Thread(target=consumer) for _ in range(5)]
for c in cs:
    c.start()
for i in range(5):
    q.put(i)
for c in cs:
    c.join()
print(sorted(got), q.empty())

# LifoQueue and PriorityQueue block the same way.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    bq = cls(maxsize=1)
    res = []
    def cons():
        res.append(bq.get())
        res.append(bq.get())
    t = threading.Thread(target=cons)
    t.start()
    bq.put(10)
    bq.put(20)
    t.join()
    print(cls.__name__, res)
