# gilsim-test: all-gils
import threading
l = threading.Lock(); l.acquire()
for t in (float('nan'), -0.5, 1e10, 1e20, 0):
    try:
        print(t, l.acquire(timeout=t))
    except Exception as e:
        print(t, type(e).__name__, e)
try: l.acquire(False, 1)
except Exception as e: print(type(e).__name__, e)
