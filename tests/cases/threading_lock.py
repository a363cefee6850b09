# Lock: acquire/release, non-blocking and timed acquire, errors, with, counting.
# gilsim-test: all-gils
import threading

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except threading.ThreadError as e:
    print("ThreadError:", e)
print(threading.ThreadError is RuntimeError)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released on error:", not lock.locked())

# aliases
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())

# A lock may be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# Counter protected by a lock.
counter = [0]
def bump(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
threads = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter[0])

# Handing over: main holds the lock, the worker blocks until it is released.
order = []
gate = threading.Lock()
gate.acquire()
def waiter():
    with gate:
        order.append("worker got it")
t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
gate.release()
t.join()
print(order)
print(isinstance(lock, threading.Lock().__class__))
