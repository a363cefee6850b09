"""Two named CPU-bound threads and a short sleep, recorded with --trace by tests/scale.rs."""
import threading
import time


def spin(n):
    while n > 0:
        n -= 1
    time.sleep(0.002)


workers = [threading.Thread(target=spin, args=(300000,), name=name)
           for name in ("spinner-a", "spinner-b")]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("done")
