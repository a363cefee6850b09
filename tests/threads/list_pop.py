# Stress: 8 threads drain one shared list with list.pop() and no lock of their own; each item
# must be taken by exactly one thread. Relies only on list.pop being atomic, which CPython
# guarantees and gilsim must keep without a GIL.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import sys
import threading

NTHREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

items = list(range(N))
got = [None] * NTHREADS
go = threading.Event()


def worker(tid):
    go.wait()
    mine = []
    while True:
        try:
            mine.append(items.pop())
        except IndexError:
            break
    got[tid] = mine


threads = [threading.Thread(target=worker, args=(t,)) for t in range(NTHREADS)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

everything = []
for m in got:
    everything.extend(m)
print("threads:", NTHREADS, "items:", N)
print("popped:", len(everything), "expected:", N)
print("each item exactly once:", sorted(everything) == list(range(N)))
print("each thread popped in descending order:", all(m == sorted(m, reverse=True) for m in got))
print("list empty:", items == [])
