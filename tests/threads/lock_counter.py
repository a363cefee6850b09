# Stress: 8 threads increment one counter under one threading.Lock (both the `with` form and
# explicit acquire/release); the total must be exact.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import sys
import threading

NTHREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

counter = 0
per_thread = [0] * NTHREADS
lock = threading.Lock()
go = threading.Event()


def worker(tid):
    global counter
    go.wait()
    for i in range(N):
        if i % 2 == 0:
            with lock:
                counter += 1
        else:
            lock.acquire()
            try:
                tmp = counter
                counter = tmp + 1
            finally:
                lock.release()
        per_thread[tid] += 1


threads = [threading.Thread(target=worker, args=(t,)) for t in range(NTHREADS)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

print("threads:", NTHREADS, "increments each:", N)
print("counter:", counter, "expected:", NTHREADS * N)
print("per thread:", per_thread)
print("lock free at the end:", not lock.locked())
