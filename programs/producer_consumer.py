"""Producers and consumers over a bounded queue.Queue, with sentinel shutdown.

What it shows
    PRODUCERS threads each put ITEMS numbered work items into one
    queue.Queue(maxsize=MAXSIZE); CONSUMERS threads take items out and add
    them up. A bounded queue gives back-pressure: put() blocks while the
    queue is full, get() blocks while it is empty, and both release the GIL
    while they wait. When every producer has finished, the main thread puts
    one sentinel (None) per consumer, and each consumer stops when it gets
    one. Nothing is lost or counted twice, whatever the interleaving.

How to run
    python3 programs/producer_consumer.py [PRODUCERS] [CONSUMERS] [ITEMS] [MAXSIZE]
    gilsim run --gil new  programs/producer_consumer.py
    gilsim run --gil old  programs/producer_consumer.py 4 4
    gilsim run --gil none programs/producer_consumer.py

    PRODUCERS  number of producer threads (default 2)
    CONSUMERS  number of consumer threads (default 2)
    ITEMS      items per producer (default 100000)
    MAXSIZE    queue capacity (default 16)

What you should see
    produced == consumed == PRODUCERS * ITEMS and the checksum equal to the
    expected one ("ok"), every run, under every GIL policy. How the items are
    shared among the consumers and the wall time vary from run to run.
"""
# gilsim-test: skip
import queue
import sys
import threading
import time


def producer(q, pid, items, produced):
    base = pid * items
    for i in range(items):
        q.put(base + i)
    produced[pid] = items


def consumer(q, cid, results):
    count = 0
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        count += 1
        total += item * 7 + 3  # a little work per item
    results[cid] = (count, total)


def main():
    nprod = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    ncons = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    items = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    maxsize = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    print(f"producer_consumer: {nprod} producer(s) x {items} items, "
          f"{ncons} consumer(s), queue maxsize {maxsize}")

    q = queue.Queue(maxsize)
    produced = [0] * nprod
    results = [None] * ncons
    producers = [threading.Thread(target=producer, args=(q, p, items, produced))
                 for p in range(nprod)]
    consumers = [threading.Thread(target=consumer, args=(q, c, results))
                 for c in range(ncons)]
    start = time.perf_counter()
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    for _ in range(ncons):
        q.put(None)  # one sentinel per consumer
    for t in consumers:
        t.join()
    elapsed = time.perf_counter() - start

    n = nprod * items
    expected = 7 * (n * (n - 1) // 2) + 3 * n  # sum of 7*v+3 for v in 0..n-1
    consumed = 0
    checksum = 0
    for count, total in results:
        consumed += count
        checksum += total
    print(f"produced: {sum(produced)}")
    print(f"consumed: {consumed}")
    print(f"checksum: {checksum} (expected {expected})")
    print("per consumer: " + ", ".join(str(r[0]) for r in results))
    print("ok" if consumed == n and checksum == expected else "MISMATCH")
    print(f"time: {elapsed:.3f} s ({n / elapsed:.0f} items/s)")


main()
