# Queue.task_done and Queue.join with worker threads.
# gilsim-test: all-gils
import queue
import threading

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    q.put(i)
q.join()
print("after join:", q.unfinished_tasks, len(results), sum(results))
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print("workers done:", [t.is_alive() for t in threads])

# join() on a queue with nothing unfinished returns at once.
q2 = queue.Queue()
q2.join()
q2.put(1)
q2.get()
print(q2.unfinished_tasks)
q2.task_done()
q2.join()
print(q2.unfinished_tasks)
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)

# Several joiners wake up together.
q3 = queue.LifoQueue()
for i in range(4):
    q3.put(i)
woke = []
def joiner(n):
    q3.join()
    with lock:
        woke.append(n)
js = [threading.Thread(target=joiner, args=(n,)) for n in range(3)]
for j in js:
    j.start()
drained = []
while not q3.empty():
    drained.append(q3.get())
    q3.task_done()
for j in js:
    j.join()
print(drained, sorted(woke))

# PriorityQueue task accounting.
pq = queue.PriorityQueue()
pq.put((2, "b"))
pq.put((1, "a"))
print(pq.unfinished_tasks, pq.get(), pq.get())
pq.task_done()
pq.task_done()
pq.join()
print("pq joined")
