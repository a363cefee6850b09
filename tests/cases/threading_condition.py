# Condition: wait/notify ordering, wait_for, notify(n), notify_all, errors, timeouts.
# gilsim-test: all-gils
import threading

cond = threading.Condition()
items = []
consumed = []

def consumer():
    with cond:
        while not items:
            cond.wait()
        consumed.append(items.pop(0))

t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("hello")
    cond.notify()
t.join()
print(consumed)

# wait_for with a predicate.
state = {"n": 0}
def incr():
    for _ in range(5):
        with cond:
            state["n"] += 1
            cond.notify_all()
t = threading.Thread(target=incr)
t.start()
with cond:
    ok = cond.wait_for(lambda: state["n"] == 5)
print("wait_for:", ok, state["n"])
t.join()

# Timeouts.
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, 0.01))
    print("wait zero:", cond.wait(0))

# Errors without the lock.
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(n) wakes exactly n waiters; notify_all the rest.
c2 = threading.Condition(threading.Lock())
waiting = [0]
woken = []
go = [0]
def sleeper(i):
    with c2:
        waiting[0] += 1
        c2.notify_all()
        while go[0] == 0:
            c2.wait()
        go[0] -= 1
        woken.append(i)
        c2.notify_all()

threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with c2:
    c2.wait_for(lambda: waiting[0] == 5)
    go[0] = 2
    c2.notify(2)
    c2.wait_for(lambda: len(woken) == 2)
    print("woken after notify(2):", len(woken))
    go[0] = 3
    c2.notify_all()
for t in threads:
    t.join()
print("all woken:", sorted(woken))

# A Condition with a plain Lock and the deprecated alias.
c3 = threading.Condition(threading.Lock())
with c3:
    c3.notifyAll()
    print("notifyAll ok")
print(c3.acquire(), c3.acquire(False))
c3.release()
print("enter returns:", c3.__enter__())
c3.__exit__(None, None, None)

# Ping-pong: strictly alternating output from two threads.
pp = threading.Condition()
turn = ["ping"]
out = []
def player(me, other, n):
    for i in range(n):
        with pp:
            pp.wait_for(lambda: turn[0] == me)
            out.append("%s %d" % (me, i))
            turn[0] = other
            pp.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start(); a.join(); b.join()
print("\n".join(out))
