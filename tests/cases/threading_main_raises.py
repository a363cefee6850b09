# An uncaught exception in the main thread: the traceback is printed, the non-daemon
# threads still run to the end, and the exit status is 1.
# gilsim-test: all-gils
import threading

go = threading.Event()
def worker():
    go.wait()
    print("worker still ran")

threading.Thread(target=worker).start()
print("main raises")
go.set()
raise KeyError("main failed")
