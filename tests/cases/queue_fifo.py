# queue.Queue: FIFO order, sizes, Empty/Full, timeouts, errors.
# gilsim-test: all-gils
import queue

q = queue.Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    q.get(False)
except queue.Empty:
    print("Empty from get(False)")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty after timeout", repr(str(e)))
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full:
    print("Full from put_nowait")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full from put(block=False)")
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get_nowait(), b.empty())

# maxsize <= 0 means unbounded.
u = queue.Queue(-3)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty is not queue.Full)

# get with a timeout succeeds when an item is there.
q.put("x")
print(q.get(timeout=1))
print(q.get(block=True, timeout=0) if q.qsize() else "nothing left")

# Mixed types keep their identity.
obj = object()
q.put(obj)
q.put(None)
q.put([1, 2])
print(q.get() is obj, q.get(), q.get())
print(q.unfinished_tasks)
