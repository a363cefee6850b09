# Module-level odds and ends: TIMEOUT_MAX, stack_size, settrace/setprofile, get_ident.
# gilsim-test: all-gils
import threading

print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1000000)
print(threading.stack_size())
def tracer(*a):
    return None
threading.settrace(tracer)
print(threading.gettrace() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.getprofile())
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_native_id() == threading.main_thread().native_id)
print(callable(threading.Lock), callable(threading.RLock))
for name in ("Thread", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore",
             "Event", "Barrier", "Timer", "local", "current_thread", "main_thread",
             "active_count", "enumerate", "excepthook", "BrokenBarrierError",
             "ThreadError", "get_ident", "get_native_id"):
    print(name, hasattr(threading, name))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
from threading import Thread, Lock, Event
e = Event()
t = Thread(target=e.set)
t.start()
t.join()
print(e.is_set())
l = Lock()
print(l.acquire(), l.locked())
