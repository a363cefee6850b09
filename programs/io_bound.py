"""I/O-bound threads do overlap, even under a GIL.

What it shows
    Each of NTHREADS workers does SLEEPS short blocking waits
    (time.sleep(SLEEP_S), standing in for network or disk I/O). A blocking call
    releases the GIL, so while one thread waits the others run (or wait too):
    the waits overlap and the threaded run takes about 1/NTHREADS of the
    sequential time. This is why threads are still useful in Python for I/O,
    and the contrast with programs/countdown.py (CPU-bound: no speed-up).

How to run
    python3 programs/io_bound.py [NTHREADS] [SLEEPS] [SLEEP_S]
    gilsim run --gil new  programs/io_bound.py
    gilsim run --gil old  programs/io_bound.py 8
    gilsim run --gil none programs/io_bound.py

    NTHREADS  number of threads (default 4)
    SLEEPS    sleeps per thread (default 20)
    SLEEP_S   length of one sleep in seconds (default 0.01)

What you should see
    sequential ~ NTHREADS * SLEEPS * SLEEP_S (0.8 s by default, a little more
    for timer slack), threaded ~ SLEEPS * SLEEP_S (0.2 s), speed-up close to
    NTHREADS under every GIL policy, in python3 and in gilsim alike.
"""
# gilsim-test: skip
import sys
import threading
import time


def worker(sleeps, delay):
    for _ in range(sleeps):
        time.sleep(delay)


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    sleeps = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01
    ideal = sleeps * delay
    print(f"io_bound: {nthreads} worker(s), each {sleeps} x time.sleep({delay})")

    start = time.perf_counter()
    for _ in range(nthreads):
        worker(sleeps, delay)
    seq = time.perf_counter() - start
    print(f"sequential: {seq:.3f} s   (ideal {nthreads * ideal:.3f} s)")

    threads = [threading.Thread(target=worker, args=(sleeps, delay)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    thr = time.perf_counter() - start
    print(f"threads:    {thr:.3f} s   (ideal {ideal:.3f} s)")
    print(f"speed-up: {seq / thr:.2f}x with {nthreads} threads")


main()
