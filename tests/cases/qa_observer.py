class Event:
    def __init__(self, name):
        self.name = name
        self._handlers = []
    def subscribe(self, handler, priority=0):
        self._handlers.append((priority, len(self._handlers), handler))
        self._handlers.sort(key=lambda t: (-t[0], t[1]))
        return lambda: self._handlers.remove(next(h for h in self._handlers if h[2] is handler))
    def __iadd__(self, handler):
        self.subscribe(handler)
        return self
    def emit(self, *args, **kwargs):
        results = []
        for _, _, h in list(self._handlers):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                results.append(f"{h.__name__} failed: {e!r}")
        return results

class Logger:
    def __init__(self): self.lines = []
    def __call__(self, *args, **kwargs):
        self.lines.append(f"log: {args} {kwargs}")
        return "logged"

on_save = Event("save")
log = Logger()
on_save += log
def notify(doc, user="anon"):
    return f"notify {user} about {doc}"
def broken(doc, **_):
    raise RuntimeError(f"cannot handle {doc}")
unsub = on_save.subscribe(notify, priority=5)
on_save.subscribe(broken, priority=1)
print(on_save.emit("report.txt", user="ann"))
unsub()
print(on_save.emit("notes.md"))
print(log.lines)
class Stock:
    def __init__(self, sym, price):
        self.sym = sym; self._price = price; self.observers = []
    @property
    def price(self): return self._price
    @price.setter
    def price(self, p):
        old, self._price = self._price, p
        for o in self.observers: o(self, old, p)
alerts = []
s = Stock("ACME", 100.0)
s.observers.append(lambda st, o, n: alerts.append(f"{st.sym}: {o:.2f} -> {n:.2f} ({(n - o) / o:+.1%})"))
for p in [101.5, 99.0, 120.25]:
    s.price = p
print("\n".join(alerts))
