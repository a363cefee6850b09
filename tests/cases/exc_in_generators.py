def gen():
    yield 1
    raise ValueError('gen failed')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught from generator:', e)
print(next(g, 'exhausted'))
def guarded():
    try:
        yield 'a'
        yield 'b'
    except KeyError as e:
        print('generator caught', e)
        yield 'recovered'
    finally:
        print('generator finally')
g = guarded()
print(next(g))
print(g.throw(KeyError('thrown')))
try:
    next(g)
except StopIteration:
    print('stopped')
def counted():
    for i in range(3):
        yield i
    return 'ret'
g = counted()
print(list(g))
g = counted()
try:
    while True:
        next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
def bad_list():
    yield 1
    yield 1 / 0
try:
    print(list(bad_list()))
except ZeroDivisionError as e:
    print('list() propagated', e)
try:
    print([x for x in bad_list()])
except ZeroDivisionError:
    print('comprehension propagated')
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
for v in cleanup():
    print('v', v)
    break
print('after break')
