"""Beazley's countdown: CPU-bound threads do not run faster under a GIL.

What it shows
    The same amount of pure-Python CPU work (decrementing a counter N times in
    total) is run twice: once sequentially in the main thread, then split into
    NTHREADS equal parts run by NTHREADS threads at once. Under a GIL only one
    thread runs Python bytecode at a time, so the threaded run is no faster --
    often slower, because the threads fight over the lock. Without a GIL
    (gilsim --gil none) the threads really run in parallel, on as many cores as
    the machine has.

How to run
    python3 programs/countdown.py [NTHREADS] [N] [MODE]
    gilsim run --gil new  programs/countdown.py 2
    gilsim run --gil old  programs/countdown.py 2
    gilsim run --gil none programs/countdown.py 2
    gilsim run --gil new --switch-interval 1ms programs/countdown.py 4

    NTHREADS  number of threads (default 2); always the first argument, so
              `gilsim scale` can pass it as sys.argv[1]
    N         total number of decrements (default 20000000), shared out among
              the threads
    MODE      both (default) | threads | sequential: run only one half, e.g.
              `countdown.py 4 20000000 threads` times just the threaded run.
              `--mode threads` (anywhere on the line) works too.

What you should see
    Two wall times and their ratio. Under python3 and gilsim --gil new the
    ratio threads/sequential is about 1 (0.9-1.4 on a 2-core machine): no
    speed-up at all. Under --gil old it is usually worse than 1 (the "GIL
    battle": the releasing thread grabs the lock straight back). Under
    --gil none it approaches 1/min(NTHREADS, cores), e.g. about 0.5 with 2
    threads on 2 otherwise idle cores (other busy processes eat into it).
"""
# gilsim-test: skip
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def parse_args(argv):
    mode = "both"
    positional = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--mode" and i + 1 < len(argv):
            mode = argv[i + 1]
            i += 2
            continue
        if a.startswith("--mode="):
            mode = a[len("--mode="):]
        else:
            positional.append(a)
        i += 1
    nthreads = int(positional[0]) if len(positional) > 0 else 2
    total = int(positional[1]) if len(positional) > 1 else 20000000
    if len(positional) > 2:
        mode = positional[2]
    if mode not in ("both", "threads", "sequential"):
        print("MODE must be both, threads or sequential, not " + repr(mode))
        sys.exit(2)
    if nthreads < 1:
        print("NTHREADS must be at least 1")
        sys.exit(2)
    return nthreads, total, mode


def run_sequential(parts):
    start = time.perf_counter()
    for n in parts:
        count(n)
    return time.perf_counter() - start


def run_threads(parts):
    threads = [threading.Thread(target=count, args=(n,)) for n in parts]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    nthreads, total, mode = parse_args(sys.argv)
    # Split the work into nthreads parts that add up to exactly `total`.
    parts = [total // nthreads] * nthreads
    for i in range(total % nthreads):
        parts[i] += 1
    print(f"countdown: {total} decrements in total, {nthreads} thread(s), mode {mode}")
    seq = None
    thr = None
    if mode in ("both", "sequential"):
        seq = run_sequential(parts)
        print(f"sequential: {seq:.3f} s")
    if mode in ("both", "threads"):
        thr = run_threads(parts)
        print(f"threads:    {thr:.3f} s")
    if seq is not None and thr is not None:
        print(f"threads/sequential: {thr / seq:.2f}")


main()
