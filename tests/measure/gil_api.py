# gilsim-test: skip
# gil.stats() and gil.policy() from Python, for tests/measure.rs (do not move lines: the
# test expects the lock at gil_api.py:8).
import gil
import threading


lock = threading.Lock()


def spin():
    for _ in range(3):
        with lock:
            pass


t = threading.Thread(target=spin)
t.start()
t.join()

before = gil.stats()
s = gil.stats()
print("policy", gil.policy())
print("keys", sorted(s))
print("gil keys", sorted(s["gil"]))
print("thread keys", sorted(s["gil"]["threads"][0]))
print("lock keys", sorted(s["locks"][0]))
print("stats policy", s["gil"]["policy"])
h = s["gil"]["held_fraction"]
print("held_fraction", "None" if h is None else type(h).__name__)
print("threads", [t["name"] for t in s["gil"]["threads"]])
print("bytecodes grew", s["gil"]["threads"][0]["bytecodes"] > before["gil"]["threads"][0]["bytecodes"])
entry = s["locks"][0]
print("lock", entry["site"], entry["kind"], entry["acquisitions"])
