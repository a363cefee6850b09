# gilsim-test: skip
# One of each lock kind at a known line, each used a known number of times, for
# tests/measure.rs (which asserts the sites, kinds and acquisition counts: do not move
# lines). Single-threaded: nothing is contended, so the counts are exact.
import queue
import threading
import time

plain = threading.Lock()                  # line 9: Lock
rlock = threading.RLock()                 # line 10: RLock
cond = threading.Condition()              # line 11: Condition
sem = threading.Semaphore(2)              # line 12: Semaphore
bsem = threading.BoundedSemaphore(1)      # line 13: BoundedSemaphore
event = threading.Event()                 # line 14: Event
q = queue.Queue()                         # line 15: Queue

for _ in range(3):
    with plain:
        pass
for _ in range(5):
    with rlock:
        with rlock:                       # re-entry: not a new acquisition
            pass
with cond:
    cond.notify()
with sem:
    pass
with bsem:
    pass
event.set()
for i in range(4):
    q.put(i)
for i in range(4):
    q.get()
time.sleep(0.02)
print("done")
