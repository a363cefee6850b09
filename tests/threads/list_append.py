# Stress: 8 threads append to one shared list at once; nothing may be lost or duplicated.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import sys
import threading

NTHREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

shared = []
go = threading.Event()


def worker(tid):
    go.wait()
    base = tid * N
    for i in range(N):
        shared.append(base + i)
        if i % 1000 == 999:
            len(shared)  # concurrent readers too


threads = [threading.Thread(target=worker, args=(t,)) for t in range(NTHREADS)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

print("threads:", NTHREADS, "appends each:", N)
print("length:", len(shared), "expected:", NTHREADS * N)
print("contents exact:", sorted(shared) == list(range(NTHREADS * N)))
in_order = True
for tid in range(NTHREADS):
    mine = [x for x in shared if x // N == tid]
    if mine != list(range(tid * N, (tid + 1) * N)):
        in_order = False
print("each thread's items in its own order:", in_order)
print("sum:", sum(shared))
