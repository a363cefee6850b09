# Stress: 8 threads mutate one shared dict at once: distinct keys per thread (inserts, then
# deletes, forcing resizes), plus shared keys updated with d[k] = d.get(k, 0) + 1 under a Lock.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import sys
import threading

NTHREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
BUCKETS = 10

d = {}
lock = threading.Lock()
go = threading.Event()


def worker(tid):
    go.wait()
    for i in range(N):
        d["t%d-%d" % (tid, i)] = i            # a key only this thread writes
        d[(tid, i)] = tid                     # and a tuple key
        k = i % BUCKETS
        with lock:
            d[k] = d.get(k, 0) + 1            # shared keys: read-modify-write under the lock
    for i in range(0, N, 2):
        del d["t%d-%d" % (tid, i)]            # delete half of this thread's string keys
    for i in range(N):
        assert d[(tid, i)] == tid


threads = [threading.Thread(target=worker, args=(t,)) for t in range(NTHREADS)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

str_keys = [k for k in d if isinstance(k, str)]
tuple_keys = [k for k in d if isinstance(k, tuple)]
int_keys = sorted(k for k in d if isinstance(k, int))
print("threads:", NTHREADS, "iterations each:", N)
print("string keys:", len(str_keys), "expected:", NTHREADS * (N // 2))
print("string values sum:", sum(d[k] for k in str_keys))
print("tuple keys:", len(tuple_keys), "expected:", NTHREADS * N)
print("tuple values sum:", sum(d[k] for k in tuple_keys))
print("shared counters:", [d[k] for k in int_keys])
print("shared total:", sum(d[k] for k in int_keys), "expected:", NTHREADS * N)
print("total keys:", len(d))
