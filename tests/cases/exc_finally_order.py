log = []
def step(name):
    log.append(name)
def f():
    try:
        step('try')
        try:
            step('inner try')
            raise ValueError('x')
        except ValueError:
            step('inner except')
            raise KeyError('y')
        finally:
            step('inner finally')
    except KeyError:
        step('outer except')
        return 'returned'
    finally:
        step('outer finally')
print(f(), log)
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                yield i
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
print(list(g()))
def h(n):
    try:
        if n == 0:
            return 'zero'
        return h(n - 1) + str(n)
    finally:
        print('unwind', n)
print(h(3))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print('loop finally', count)
print('count', count)
