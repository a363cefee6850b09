# Event: set/clear/is_set/wait, with timeouts and handshakes.
# gilsim-test: all-gils
import threading

e = threading.Event()
print(e.is_set(), e.isSet())
print("wait timeout:", e.wait(0.01))
print("wait zero:", e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set())

# Handshake: worker waits for start, main waits for done.
start = threading.Event()
done = threading.Event()
log = []
def worker():
    start.wait()
    log.append("worker ran")
    done.set()
t = threading.Thread(target=worker)
t.start()
log.append("main sets start")
start.set()
print("done:", done.wait(5))
t.join()
print(log)

# Many waiters released by one set().
gate = threading.Event()
ready = []
lock = threading.Lock()
def waiter(i):
    gate.wait()
    with lock:
        ready.append(i)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
gate.set()
for t in threads:
    t.join()
print(sorted(ready))

# Alternating steps with two events.
ping, pong = threading.Event(), threading.Event()
seq = []
def ponger():
    for i in range(3):
        ping.wait()
        ping.clear()
        seq.append("pong%d" % i)
        pong.set()
t = threading.Thread(target=ponger)
t.start()
for i in range(3):
    seq.append("ping%d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(seq)
