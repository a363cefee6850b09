# Timer: fires after its interval, can be cancelled, passes args/kwargs.
# gilsim-test: all-gils
import threading

fired = []
t = threading.Timer(0.01, lambda: fired.append("fired"))
print(isinstance(t, threading.Thread), t.interval)
t.start()
t.join()
print(fired, t.finished.is_set())

def greet(name, punct="."):
    fired.append("hello " + name + punct)
t = threading.Timer(0.01, greet, args=["bob"], kwargs={"punct": "!"})
t.start()
t.join()
print(fired)

# Cancel before it fires: the function never runs, and join returns at once.
t = threading.Timer(30.0, lambda: fired.append("never"))
t.start()
t.cancel()
t.join()
print(fired, t.is_alive())

# Cancel before start.
t = threading.Timer(0.01, lambda: fired.append("never2"))
t.cancel()
t.start()
t.join()
print(fired)

# Cancel after it fired is harmless.
t = threading.Timer(0, lambda: fired.append("zero"))
t.start()
t.join()
t.cancel()
print(fired[-1])

# A Timer is a daemon only if asked.
t = threading.Timer(0.01, lambda: None)
print("daemon:", t.daemon)
t.daemon = True
t.start()
t.join()
print("timer name starts with Thread-:", t.name.startswith("Thread-"))
