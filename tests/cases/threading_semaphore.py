# Semaphore and BoundedSemaphore.
# gilsim-test: all-gils
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
s.release()
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s0 = threading.Semaphore(0)
print("zero:", s0.acquire(False))
s0.release()
print("released:", s0.acquire(False))

with s:
    print("in with")

# An unbounded semaphore may go above its initial value.
u = threading.Semaphore(1)
u.release()
u.release()
print([u.acquire(False) for _ in range(4)])

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print("bounded ok")

# At most 2 workers inside at once.
pool = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
max_inside = [0]
done = []
def work(i):
    with pool:
        with lock:
            inside[0] += 1
            if inside[0] > max_inside[0]:
                max_inside[0] = inside[0]
        for _ in range(200):
            pass
        with lock:
            inside[0] -= 1
            done.append(i)
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max inside <= 2:", max_inside[0] <= 2, "done:", sorted(done))

# A semaphore as a signal between threads.
sig = threading.Semaphore(0)
got = []
def taker():
    for _ in range(3):
        sig.acquire()
        got.append(1)
t = threading.Thread(target=taker)
t.start()
sig.release(3)
t.join()
print("taken:", len(got))
