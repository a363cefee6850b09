# Stress: single dict and list operations must be atomic with no lock of the program's own, as
# they are in CPython. 8 threads at once:
#   1. race to d.pop(k, None) the same keys: each key is won by exactly one thread;
#   2. race to d.setdefault(k, tid) the same keys: each key is won by exactly one thread;
#   3. each work on their own keys of one shared dict (insert, get, pop, in rounds, so that the
#      table shrinks and compacts under the others): nobody ever sees another thread's entry;
#   4. each append their own values to one shared list, then list.remove() them one by one:
#      every remove finds its value and removes that value, not a neighbour.
# Run by tests/threads.rs under every --gil policy; the output must be exact.
import sys
import threading

NTHREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
ROUNDS = 3


def run(target):
    go = threading.Event()
    threads = [threading.Thread(target=target, args=(t, go)) for t in range(NTHREADS)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()


# 1. pop races
table = {k: k for k in range(N)}
popped = [None] * NTHREADS


def popper(tid, go):
    go.wait()
    mine = []
    for k in range(N):
        if table.pop(k, None) is not None:
            mine.append(k)
    popped[tid] = mine


run(popper)
won = []
for m in popped:
    won.extend(m)
print("pop: keys won:", len(won), "expected:", N, "each exactly once:", sorted(won) == list(range(N)),
      "dict empty:", len(table) == 0)

# 2. setdefault races
shared = {}
wins = [0] * NTHREADS


def setter(tid, go):
    go.wait()
    for k in range(N):
        if shared.setdefault(k, tid) == tid:
            wins[tid] += 1


run(setter)
owners = [0] * NTHREADS
for v in shared.values():
    owners[v] += 1
print("setdefault: wins:", sum(wins), "entries:", len(shared), "distinct keys:", len(set(shared)),
      "expected:", N,
      "wins match owners:", wins == owners)

# 3. disjoint keys in one dict
common = {}
wrong = [0] * NTHREADS


def own_keys(tid, go):
    go.wait()
    for _ in range(ROUNDS):
        for i in range(N // 4):
            common[(tid, i)] = (tid, i)
        for i in range(N // 4):
            if common.get((tid, i)) != (tid, i):
                wrong[tid] += 1
        for i in range(N // 4):
            if common.pop((tid, i), None) != (tid, i):
                wrong[tid] += 1


run(own_keys)
print("own keys: wrong entries seen:", sum(wrong), "left in dict:", len(common))

# 4. list.remove of each thread's own values
items = []
failed = [0] * NTHREADS


def remover(tid, go):
    mine = [(tid, i) for i in range(N // 10)]
    go.wait()
    items.extend(mine)
    for v in mine:
        try:
            items.remove(v)
        except ValueError:
            failed[tid] += 1


run(remover)
print("list.remove: failed removes:", sum(failed), "left in list:", len(items))
