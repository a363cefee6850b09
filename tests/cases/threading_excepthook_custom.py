# A custom threading.excepthook receives exc_type, exc_value, exc_traceback, thread.
# gilsim-test: all-gils
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 isinstance(args.exc_value, args.exc_type)))

old = threading.excepthook
threading.excepthook = hook

def fail(kind):
    if kind == "key":
        raise KeyError("missing")
    if kind == "zero":
        return 1 // 0
    raise RuntimeError("runtime " + kind)

for kind in ("key", "zero", "other"):
    t = threading.Thread(target=fail, args=(kind,), name="T-" + kind)
    t.start()
    t.join()
for s in seen:
    print(s)

class Crashy(threading.Thread):
    def run(self):
        raise TypeError("in run")
c = Crashy(name="crashy")
c.start()
c.join()
print(seen[-1])

# SystemExit reaches a custom hook too (only the default one ignores it).
def quit():
    raise SystemExit(2)
t = threading.Thread(target=quit, name="quitter")
t.start()
t.join()
print(seen[-1][0], seen[-1][2])

# A hook that itself fails: the failure is reported and the program goes on.
def bad_hook(args):
    raise ValueError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=fail, args=("x",))
t.start()
t.join()
print("after bad hook")

threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
