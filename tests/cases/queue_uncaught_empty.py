# Class names as CPython shows them (queue.Empty is _queue.Empty), generic aliases,
# and an uncaught queue.Empty ending the program.
# gilsim-test: all-gils
import queue
import threading

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(queue.Queue[int], queue.PriorityQueue[tuple], queue.LifoQueue[str], queue.SimpleQueue[float])
q = queue.Queue[int](2)
print(type(q).__name__, q.maxsize)

def annotated(q: queue.Queue[int]) -> int:
    return q.qsize()
print(annotated(q))

# An exception escaping a thread does not stop the program.
def fails():
    queue.Queue(1).get_nowait()
t = threading.Thread(target=fails)
t.start()
t.join()
print("thread failed, main goes on")
try:
    queue.Queue(1).get(timeout=0.001)
except queue.Empty as e:
    print("caught", type(e).__name__)
queue.SimpleQueue().get_nowait()
print("not reached")
