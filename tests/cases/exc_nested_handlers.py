def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError:
        print('wrong')
    print('level1 not reached')
try:
    level1()
except KeyError as e:
    print('top caught', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling zde')
        [][0]
except IndexError as e:
    print('new error', e, type(e.__context__).__name__)
try:
    try:
        raise ValueError(1)
    finally:
        print('finally before propagate')
except ValueError as e:
    print('got', e.args)
result = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        result.append(i)
    except ValueError as e:
        result.append(-e.args[0])
print(result)
def except_then_finally():
    try:
        raise TypeError('t')
    except TypeError:
        return 'except'
    else:
        return 'else'
    finally:
        print('finally runs')
print(except_then_finally())
def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise RuntimeError('from else')
try:
    else_raises()
except RuntimeError as e:
    print(e)
try:
    raise ValueError('a')
except (TypeError, ValueError) as e:
    print('tuple match', e)
excs = (KeyError, IndexError)
try:
    [][1]
except excs:
    print('tuple var matched')
