"""A lock-ordering deadlock, detected with acquire(timeout=...) and reported.

What it shows
    Two threads need the same two locks, but take them in opposite order:
        worker-1: takes lock A, then wants lock B
        worker-2: takes lock B, then wants lock A
    Events force the bad interleaving every time: each thread grabs its first
    lock and waits until the other has grabbed its own before reaching for
    the second. Now each waits for a lock the other holds and will never let
    go -- a deadlock. CPython would simply hang; here each thread asks with
    acquire(timeout=TIMEOUT), notices it timed out, and records what it was
    waiting for and who holds it. The main thread prints a report in the
    style of Java's jstack ("Found one deadlock: ..."), the threads back off
    and release what they hold, and the program exits cleanly. Finally it
    runs the fix -- both threads take the locks in one global order (A before
    B) -- which always completes.

How to run
    python3 programs/deadlock.py [TIMEOUT]
    gilsim run --gil new  programs/deadlock.py
    gilsim run --gil old  programs/deadlock.py
    gilsim run --gil none programs/deadlock.py 0.2

    TIMEOUT   seconds each thread waits for its second lock (default 0.5)

What you should see
    "Found one deadlock" with worker-1 waiting for lock B held by worker-2
    and worker-2 waiting for lock A held by worker-1; both threads backing
    off; then the ordered version finishing with both workers done. The
    output is the same on every run and under every GIL policy; the run
    takes about TIMEOUT seconds.
"""
# gilsim-test: skip
import sys
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
lock_names = {}
lock_names[id(lock_a)] = "lock A"
lock_names[id(lock_b)] = "lock B"

# Who holds which lock, for the report (guarded by `book`).
book = threading.Lock()
holder = {}
waits = []  # (thread, wanted lock, its holder) for each timed-out acquire
gave_up = threading.Event()
gave_up_count = [0]


def take(lock, me):
    lock.acquire()
    with book:
        holder[id(lock)] = me


def give(lock):
    with book:
        del holder[id(lock)]
    lock.release()


def worker(me, first, second, i_hold_first, other_holds_first, timeout):
    take(first, me)
    i_hold_first.set()
    other_holds_first.wait()  # both now hold their first lock: the trap is set
    if second.acquire(timeout=timeout):
        # Cannot happen while the other thread holds `second`.
        second.release()
        give(first)
        return
    with book:
        waits.append((me, lock_names[id(second)], holder.get(id(second), "nobody")))
        gave_up_count[0] += 1
        if gave_up_count[0] == 2:
            gave_up.set()
    # Keep holding `first` until the other thread has timed out too, so the
    # report is the same every run; then back off.
    gave_up.wait()
    give(first)


def ordered_worker(me, results):
    # The fix: every thread takes the locks in one global order, A before B.
    for _ in range(1000):
        take(lock_a, me)
        take(lock_b, me)
        give(lock_b)
        give(lock_a)
    results.append(me)


def main():
    timeout = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    print("deadlock: worker-1 takes A then B, worker-2 takes B then A")
    held1 = threading.Event()
    held2 = threading.Event()
    t1 = threading.Thread(target=worker, name="worker-1",
                          args=("worker-1", lock_a, lock_b, held1, held2, timeout))
    t2 = threading.Thread(target=worker, name="worker-2",
                          args=("worker-2", lock_b, lock_a, held2, held1, timeout))
    t1.start()
    t2.start()
    t1.join()
    t2.join()

    if len(waits) == 2:
        print(f"Found one deadlock (each acquire timed out after {timeout} s):")
        for me, wanted, owner in sorted(waits):
            print(f'  "{me}" is waiting for {wanted}, which is held by "{owner}"')
        print("Both threads backed off and released their locks.")
    else:
        print(f"no deadlock detected ({len(waits)} timeouts)")
    print("locks free again: " + str(not lock_a.locked() and not lock_b.locked()))

    print("fix: both workers take A before B, 1000 times each")
    results = []
    threads = [threading.Thread(target=ordered_worker, args=(name, results))
               for name in ("worker-1", "worker-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("finished: " + ", ".join(sorted(results)))


main()
