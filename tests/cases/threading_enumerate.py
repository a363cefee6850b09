# active_count, enumerate, current_thread, main_thread with blocked threads.
# gilsim-test: all-gils
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(threading.active_count(), len(threading.enumerate()))
print(threading.enumerate()[0] is main)
print(threading.currentThread() is main, threading.activeCount())

release = threading.Event()
ready = threading.Semaphore(0)
def blocked():
    ready.release()
    release.wait()
threads = [threading.Thread(target=blocked, name="blocked-%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print("running:", threading.active_count(), len(threading.enumerate()))
names = sorted(t.name for t in threading.enumerate())
print(names)
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])

# Inside a thread: current_thread is that thread, main_thread is still main.
info = []
def inside():
    me = threading.current_thread()
    info.append((me.name, me is not main, threading.main_thread() is main,
                 me in threading.enumerate(), threading.active_count()))
t = threading.Thread(target=inside, name="inner")
t.start()
t.join()
print(info)
