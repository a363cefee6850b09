# sys.exit() in the main thread still waits for non-daemon threads, and keeps its status.
# gilsim-test: all-gils
import sys
import threading

go = threading.Event()
def worker():
    go.wait()
    print("worker finished after sys.exit")

threading.Thread(target=worker).start()
print("main calls sys.exit(4)")
sys.stdout.flush()
go.set()
sys.exit(4)
