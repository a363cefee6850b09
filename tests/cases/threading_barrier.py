# Barrier: indices, action, parties, n_waiting, broken, abort, reset, timeout.
# gilsim-test: all-gils
import threading
import time

actions = []
b = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)
threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), actions)
print(b.n_waiting, b.broken)

# abort() breaks waiting threads.
b2 = threading.Barrier(3)
errors = []
def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")
threads = [threading.Thread(target=waiter) for _ in range(2)]
for t in threads:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
b2.abort()
for t in threads:
    t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", isinstance(e, RuntimeError))
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)

# Timeout breaks the barrier.
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b4 = threading.Barrier(2)
try:
    b4.wait(0.01)
except threading.BrokenBarrierError:
    print("explicit timeout, broken:", b4.broken)

# An action that raises breaks the barrier for everyone.
def bad_action():
    raise ValueError("action failed")
b5 = threading.Barrier(2, action=bad_action)
res = []
def w5():
    try:
        b5.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ValueError as e:
        res.append("ValueError " + str(e))
threads = [threading.Thread(target=w5) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(res))

# A barrier of one trips at once.
print(threading.Barrier(1).wait())
