# RLock: reentrancy, ownership, errors.
# gilsim-test: all-gils
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with ok")

# Another thread cannot take it while we hold it, nor release it.
r.acquire()
seen = []
def other():
    seen.append(r.acquire(False))
    seen.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
r.release()

# Once released, the other thread gets it.
def other2():
    seen.append(r.acquire(False))
    r.release()
t = threading.Thread(target=other2)
t.start()
t.join()
print(seen[-1])

# Recursive function with an RLock.
total = [0]
def rec(n):
    with r:
        if n:
            total[0] += n
            rec(n - 1)
threads = [threading.Thread(target=rec, args=(50,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total:", total[0])

# Condition over an RLock (the default) works when nested.
c = threading.Condition()
with c:
    with c:
        print("notify ok:", c.notify() is None)
