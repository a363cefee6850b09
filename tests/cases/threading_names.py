# Default names, name setters, deprecated getters, repr without the ident.
# gilsim-test: all-gils
import threading

def work():
    pass

t1 = threading.Thread(target=work)
t2 = threading.Thread()
t3 = threading.Thread(target=lambda: None)
t4 = threading.Thread(target=work, name="custom")
t5 = threading.Thread(name="")
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name, "|", t5.name)

class Callable:
    def __call__(self):
        pass
t6 = threading.Thread(target=Callable())
print(t6.name)

t1.name = "renamed"
print(t1.name, t1.getName())
t1.setName(42)
print(repr(t1.name))
t7 = threading.Thread(name=7)
print(repr(t7.name))

print(repr(t4))
t = threading.Thread(target=work, name="r")
t.daemon = True
print(repr(t))

def show(t):
    return repr(t).replace(str(t.ident), "IDENT")

hold = threading.Event()
t = threading.Thread(target=hold.wait, name="held")
t.start()
print(show(t))
hold.set()
t.join()
print(show(t))
print(repr(threading.main_thread()).replace(str(threading.main_thread().ident), "IDENT"))

class MyThread(threading.Thread):
    pass
m = MyThread()
print(repr(m))

# Names inside the running thread.
names = []
def record():
    names.append(threading.current_thread().name)
for i in range(3):
    t = threading.Thread(target=record)
    t.start()
    t.join()
print(names)
