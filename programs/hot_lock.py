"""One hot lock versus one lock per thread.

What it shows
    NTHREADS threads each add 1 to a counter N times, holding a
    threading.Lock around every increment.
      coarse: one counter and one Lock shared by every thread. Every increment
              contends for the same lock (on top of the GIL), and threads
              keep handing it to each other.
      fine:   each thread has its own counter and its own Lock; nobody else
              ever touches them, so every acquire is uncontended. The totals
              are added up at the end.
    Both must give the exact total NTHREADS * N. The difference in time is
    the cost of contention. With --unsafe a third run increments a shared
    counter with no lock at all: a read-modify-write race. Under a GIL it
    usually (not always) survives; under gilsim --gil none updates get lost.

How to run
    python3 programs/hot_lock.py [NTHREADS] [N] [--unsafe]
    gilsim run --gil new  programs/hot_lock.py
    gilsim run --gil old  programs/hot_lock.py
    gilsim run --gil none programs/hot_lock.py 4 200000 --unsafe

    NTHREADS  number of threads (default 4)
    N         increments per thread (default 400000)

What you should see
    Both totals exactly NTHREADS * N ("exact"), and the ratio coarse/fine.
    Under python3 and gilsim --gil new the two take about the same time
    (ratio ~1.0-1.3): the GIL already lets only one thread run, and it
    switches only every 5 ms, so the shared lock is rarely found taken. Under
    --gil none the threads really run at once: the fine-grained version can
    use several cores while the coarse one serialises them on the hot lock,
    so on an otherwise idle multi-core machine the ratio should rise above 1
    (on a busy machine, with no spare core, it stays near 1). With --unsafe under --gil none the
    unlocked total comes out short ("LOST n updates").
"""
# gilsim-test: skip
import sys
import threading
import time

counter = 0
counter_lock = threading.Lock()


def coarse_worker(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


def fine_worker(n, lock, cell):
    for _ in range(n):
        with lock:
            cell[0] += 1


def unsafe_worker(n):
    global counter
    for _ in range(n):
        counter += 1


def run(threads):
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def verdict(total, expected):
    if total == expected:
        return "exact"
    return f"LOST {expected - total} updates"


def main():
    global counter
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    unsafe = "--unsafe" in sys.argv[1:]
    nthreads = int(args[0]) if len(args) > 0 else 4
    n = int(args[1]) if len(args) > 1 else 400000
    expected = nthreads * n
    print(f"hot_lock: {nthreads} threads x {n} locked increments (expect {expected})")

    counter = 0
    coarse = run([threading.Thread(target=coarse_worker, args=(n,)) for _ in range(nthreads)])
    print(f"coarse (one shared lock):   {coarse:.3f} s   total {counter} {verdict(counter, expected)}")

    cells = [[0] for _ in range(nthreads)]
    locks = [threading.Lock() for _ in range(nthreads)]
    fine = run([threading.Thread(target=fine_worker, args=(n, locks[i], cells[i]))
                for i in range(nthreads)])
    total = 0
    for c in cells:
        total += c[0]
    print(f"fine   (a lock per thread): {fine:.3f} s   total {total} {verdict(total, expected)}")
    print(f"coarse/fine: {coarse / fine:.2f}")

    if unsafe:
        counter = 0
        t = run([threading.Thread(target=unsafe_worker, args=(n,)) for _ in range(nthreads)])
        print(f"unsafe (no lock at all):    {t:.3f} s   total {counter} {verdict(counter, expected)}")


main()
