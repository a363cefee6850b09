# join(timeout) returns while the thread still runs; is_alive reports it.
# gilsim-test: all-gils
import threading

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
t.join(0.01)
print("alive after timed join:", t.is_alive())
t.join(0)
print("alive after join(0):", t.is_alive())
t.join(-1)
print("alive after join(-1):", t.is_alive())
release.set()
t.join()
print("alive after full join:", t.is_alive())

# Joining several threads that finish in reverse order.
order = []
lock = threading.Lock()
events = [threading.Event() for _ in range(3)]
def step(i):
    events[i].wait()
    with lock:
        order.append(i)
    if i > 0:
        events[i - 1].set()
threads = [threading.Thread(target=step, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
events[2].set()
for t in threads:
    t.join()
print(order)

# A thread joining another thread.
inner_done = []
inner = threading.Thread(target=lambda: inner_done.append(True))
def outer():
    inner.start()
    inner.join()
    inner_done.append("outer saw inner")
o = threading.Thread(target=outer)
o.start()
o.join()
print(inner_done)
