# Thread with target, args, kwargs; join; is_alive; ident; current_thread inside.
# gilsim-test: all-gils
import threading

results = {}

def worker(n, scale=1, *, tag="w"):
    me = threading.current_thread()
    results[n] = (n * scale, tag, me.name, me.ident == threading.get_ident(),
                  me is not threading.main_thread(), me.is_alive())

threads = []
for i in range(4):
    t = threading.Thread(target=worker, args=(i,), kwargs={"scale": 10, "tag": "t%d" % i})
    threads.append(t)
print("before start:", [t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print("after join:", [t.is_alive() for t in threads])
print("idents are ints:", all(isinstance(t.ident, int) for t in threads))
print("native ids are ints:", all(isinstance(t.native_id, int) for t in threads))
print("distinct idents:", len(set(t.ident for t in threads)) >= 1)
for k in sorted(results):
    print(k, results[k])

# A thread with no target does nothing.
t = threading.Thread()
t.start()
t.join()
print("no target:", t.is_alive())

# join() on a finished thread returns at once, also with a timeout.
t.join()
t.join(0)
t.join(timeout=0.5)
print("joined again")

# Return value of the target is ignored; args may be a list.
def ret(a, b):
    results["ret"] = a + b
    return 99
t = threading.Thread(target=ret, args=[2, 3])
t.start()
t.join()
print("ret:", results["ret"])
print("main:", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print("get_ident type:", type(threading.get_ident()).__name__)
print("get_native_id type:", type(threading.get_native_id()).__name__)
