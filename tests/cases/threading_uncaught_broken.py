# An uncaught BrokenBarrierError in the main thread, after threads ran.
# gilsim-test: all-gils
import threading

b = threading.Barrier(2)
def party():
    b.wait()
t = threading.Thread(target=party)
t.start()
print("index", b.wait() in (0, 1))
t.join()
b.abort()
print(b.broken)
b.wait()
