# gilsim-test: skip
# A hot lock with guaranteed contention, for tests/measure.rs. Do not move lines: the
# test looks up the lock by its creation site, hot.py:14.
#
# 4 threads x 2000 `with lock:` increments. The main thread holds the lock while the
# workers start, and lets go only once gil.stats() shows a worker blocked on it, so the
# lock is contended on any machine, however loaded. Acquisitions: 8000 by the workers,
# 1 by the main thread.
import gil
import threading
import time

NTHREADS, N = 4, 2000
lock = threading.Lock()
started = [threading.Event() for _ in range(NTHREADS)]
counter = 0


def worker(i):
    global counter
    started[i].set()
    for _ in range(N):
        with lock:
            counter += 1


def contended():
    for entry in gil.stats()["locks"]:
        if entry["site"] == "hot.py:14" and entry["kind"] == "Lock":
            return entry["contended"]
    return 0


lock.acquire()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(NTHREADS)]
for t in threads:
    t.start()
for e in started:
    e.wait()
while contended() == 0:
    time.sleep(0.001)
lock.release()
for t in threads:
    t.join()
print("total", counter)
