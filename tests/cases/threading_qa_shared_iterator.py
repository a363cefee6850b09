# gilsim-test: all-gils
import threading
for src in (list(range(20000)), range(20000)):
    it = iter(src); got = []
    def consume():
        for x in it: got.append(x)
    ts = [threading.Thread(target=consume) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(len(got), len(set(got)))
