# Subclassing Thread: run(), __init__, results, errors for misuse.
# gilsim-test: all-gils
import threading


class Adder(threading.Thread):
    def __init__(self, values):
        super().__init__()
        self.values = values
        self.total = None

    def run(self):
        self.total = sum(self.values)


class Named(threading.Thread):
    def __init__(self, label):
        threading.Thread.__init__(self, name="named-" + label)
        self.seen = None

    def run(self):
        self.seen = threading.current_thread().name


adders = [Adder(range(n)) for n in (10, 100, 1000)]
for a in adders:
    a.start()
for a in adders:
    a.join()
print([a.total for a in adders])

n = Named("x")
n.start()
n.join()
print(n.name, n.seen)


class NoInit(threading.Thread):
    def __init__(self):
        pass

try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=join_self)
t.start()
t.join()
print(errors)

# run() can be called directly: it runs in the calling thread.
class Direct(threading.Thread):
    def run(self):
        self.where = threading.current_thread().name
d = Direct()
d.run()
print("direct run in", d.where, "alive", d.is_alive())

# Overriding run() while passing a target: run() wins.
class Override(threading.Thread):
    def run(self):
        self.out = "override"
o = Override(target=lambda: print("never"))
o.start()
o.join()
print(o.out)
