# del on threading.local attributes goes to the calling thread's dict.
# gilsim-test: all-gils
import threading

data = threading.local()
data.x = "main"
data.y = "main y"
seen = []
def worker():
    data.x = "worker"
    del data.x
    seen.append(hasattr(data, "x"))
    try:
        del data.y
    except AttributeError as e:
        seen.append(str(e))
t = threading.Thread(target=worker)
t.start()
t.join()
print(seen)
print("main keeps:", data.x, data.y)
del data.x
print(hasattr(data, "x"), sorted(data.__dict__))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(data, "x", "default"))


class Sub(threading.local):
    def __init__(self):
        self.a = 1
s = Sub()
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
