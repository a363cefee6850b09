# Daemon threads: a daemon blocked forever does not hold the program's exit.
# gilsim-test: all-gils
import threading

forever = threading.Event()
started = threading.Event()
def stuck():
    started.set()
    forever.wait()
    print("never printed")

d = threading.Thread(target=stuck, daemon=True, name="stuck")
print(d.daemon, d.isDaemon())
d.start()
started.wait()
print("daemon alive:", d.is_alive())

# daemon is inherited from the creating thread.
inherited = []
def spawner():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)
    child2 = threading.Thread(target=lambda: None, daemon=False)
    inherited.append(child2.daemon)
s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
s2 = threading.Thread(target=spawner)
s2.start()
s2.join()
print("inherited:", inherited)

t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.daemon)
t.setDaemon(False)
print(t.daemon)
print("main daemon:", threading.main_thread().daemon)

# A second daemon that never finishes its loop.
spin_started = threading.Event()
def spin():
    spin_started.set()
    while True:
        forever.wait(0.01)
threading.Thread(target=spin, daemon=True).start()
spin_started.wait()
print("exiting with daemons running")
