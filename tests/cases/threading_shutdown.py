# Non-daemon threads still running when the main module ends are joined before exit.
# gilsim-test: all-gils
import threading

go = threading.Event()
results = []
lock = threading.Lock()
def late(i):
    go.wait()
    with lock:
        results.append(i)

workers = [threading.Thread(target=late, args=(i,)) for i in range(3)]
for w in workers:
    w.start()

def chain():
    go.wait()
    for w in workers:
        w.join()
    print("workers finished:", sorted(results))
    # A thread started during shutdown is waited for too.
    def child():
        go.wait()
        print("child of a late thread ran")
    threading.Thread(target=child).start()
threading.Thread(target=chain).start()

print("main module ends")
go.set()
