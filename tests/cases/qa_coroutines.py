def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final:", e.value)

def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("reset because", e)
            total = 0
            continue
        except GeneratorExit:
            print("closing accumulator")
            raise
        total += x

acc = accumulator()
print(next(acc), acc.send(5), acc.send(7))
print(acc.throw(ValueError("bad")))
print(acc.send(3))
acc.close()
print("closed")

def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    finally:
        print("grep done, matches:", matches)

g = grep("py")
next(g)
for line in ["python rocks", "java", "pypy too", "ruby"]:
    g.send(line)
g.close()

def echo():
    received = yield "ready"
    while True:
        received = yield f"echo: {received}"
e = echo()
print(e.send(None))
print(e.send("hi"))
print(e.send(42))
def gen():
    yield 1
g2 = gen()
try:
    g2.send("x")
except TypeError as ex:
    print("TypeError:", ex)
def stateful():
    state = "start"
    while state != "end":
        cmd = yield state
        state = {"start": {"go": "running"}, "running": {"stop": "end", "pause": "paused"}, "paused": {"go": "running"}}[state].get(cmd, state)
    yield "finished"
m = stateful()
print([next(m)] + [m.send(c) for c in ["go", "pause", "x", "go", "stop"]])
