# A multi-stage pipeline over bounded queues with several workers per stage.
# gilsim-test: all-gils
import queue
import threading

STOP = object()
stage1 = queue.Queue(maxsize=2)
stage2 = queue.Queue(maxsize=3)
out = queue.Queue()

def square():
    while True:
        x = stage1.get()
        if x is STOP:
            stage2.put(STOP)
            break
        stage2.put(x * x)

def collect():
    stops = 0
    while stops < 2:
        y = stage2.get()
        if y is STOP:
            stops += 1
            continue
        out.put(y + 1)

squarers = [threading.Thread(target=square) for _ in range(2)]
collector = threading.Thread(target=collect)
for t in squarers + [collector]:
    t.start()
for i in range(40):
    stage1.put(i)
stage1.put(STOP)
stage1.put(STOP)
for t in squarers + [collector]:
    t.join()
values = []
while True:
    try:
        values.append(out.get_nowait())
    except queue.Empty:
        break
print(len(values), sorted(values)[:5], sum(values))
print(stage1.empty(), stage2.empty(), out.empty())

# A bounded queue of size 1 forces producer and consumer to alternate.
slot = queue.Queue(1)
log = []
def consumer():
    for _ in range(5):
        log.append(("got", slot.get()))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    slot.put(i)
c.join()
print([v for k, v in log])

# Request/response over a pair of queues.
requests = queue.Queue()
responses = queue.Queue()
def server():
    while True:
        req = requests.get()
        if req is None:
            break
        responses.put(req.upper())
s = threading.Thread(target=server)
s.start()
answers = []
for word in ["alpha", "beta", "gamma"]:
    requests.put(word)
    answers.append(responses.get())
requests.put(None)
s.join()
print(answers)
