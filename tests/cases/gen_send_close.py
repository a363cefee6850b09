def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        print('received', received)
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('finally in closable')
c = closable()
print(next(c))
c.close()
print('closed')
c.close()
print(list(c))
def never_started():
    print('never')
    yield
ns = never_started()
ns.close()
print('closed unstarted')
try:
    g2 = echo()
    g2.send('x')
except TypeError as e:
    print('TypeError:', e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def thrower():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('handled', e)
t = thrower()
next(t)
print(t.throw(ValueError('v1')))
try:
    t.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(next(t, 'gen finished'))
