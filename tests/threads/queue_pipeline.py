# Stress: a three-stage pipeline over bounded queues with sentinel shutdown.
# 4 producers -> q1 (maxsize 8) -> 3 workers (square) -> q2 (maxsize 8) -> 1 collector.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import queue
import sys
import threading

PRODUCERS = 4
WORKERS = 3
N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000   # items per producer

q1 = queue.Queue(8)
q2 = queue.Queue(8)
handled = [0] * WORKERS
collected = []


def producer(pid):
    for i in range(N):
        q1.put(pid * N + i)


def worker(wid):
    while True:
        item = q1.get()
        if item is None:
            break
        handled[wid] += 1
        q2.put(item * item)
    q2.put(None)  # tell the collector this worker is done


def collector():
    done = 0
    while done < WORKERS:
        item = q2.get()
        if item is None:
            done += 1
        else:
            collected.append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
workers = [threading.Thread(target=worker, args=(w,)) for w in range(WORKERS)]
coll = threading.Thread(target=collector)
coll.start()
for t in workers + producers:
    t.start()
for t in producers:
    t.join()
for _ in range(WORKERS):
    q1.put(None)
for t in workers:
    t.join()
coll.join()

total = PRODUCERS * N
print("producers:", PRODUCERS, "items each:", N, "workers:", WORKERS)
print("handled by workers:", sum(handled), "expected:", total)
print("collected:", len(collected), "expected:", total)
print("sum of squares:", sum(collected), "expected:", (total - 1) * total * (2 * total - 1) // 6)
print("squares exact:", sorted(collected) == [i * i for i in range(total)])
print("queues empty:", q1.empty(), q2.empty())
