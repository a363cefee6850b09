def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f3())
def f4():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(f5())
def f6():
    try:
        try:
            raise KeyError('a')
        finally:
            print('inner finally')
    except KeyError:
        print('outer except')
    finally:
        print('outer finally')
f6()
def f7():
    while True:
        try:
            break
        finally:
            print('break finally')
    return 'after loop'
print(f7())
def f8():
    try:
        pass
    finally:
        print('nothing raised')
f8()
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f9 finally')
print(f9())
def f10():
    l = []
    try:
        l.append(1)
        return l
    finally:
        l.append(2)
print(f10())
