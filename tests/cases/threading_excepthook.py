# Uncaught exceptions in threads: the default excepthook reports on stderr and the
# program goes on; SystemExit is silent; the exit status stays the main thread's.
# gilsim-test: all-gils
import sys
import threading

def exits():
    sys.exit(5)
t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in thread ignored; alive:", t.is_alive())

def worker():
    print("worker starting")
    raise ValueError("boom in worker")
t = threading.Thread(target=worker)
t.start()
t.join()
print("main goes on; alive:", t.is_alive())
print(threading.excepthook is threading.__excepthook__)
sys.stdout.flush()
# Exit with a status so the harness compares the last stderr line (the worker's).
sys.exit(3)
