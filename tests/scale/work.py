"""A little CPU work split over sys.argv[1] threads, for tests/scale.rs (well under 0.2 s)."""
import sys
import threading


def count(n):
    while n > 0:
        n -= 1


nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total = 200000
threads = [threading.Thread(target=count, args=(total // nthreads,)) for _ in range(nthreads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"done: {nthreads} thread(s)")
