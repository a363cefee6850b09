def fail():
    raise ValueError('original')
try:
    try:
        fail()
    except ValueError:
        print('logging, then re-raise')
        raise
except ValueError as e:
    print('re-caught', e)
try:
    try:
        fail()
    except ValueError as e:
        raise TypeError('converted') from e
except TypeError as e:
    print(e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__))
try:
    try:
        fail()
    except ValueError:
        raise KeyError('during handling')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        fail()
    except ValueError:
        raise RuntimeError('no chain') from None
except RuntimeError as e:
    print(e, e.__cause__)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), str(e) == '', e.args)
err = ValueError('a', 'b', 3)
print(str(err), repr(err), err.args)
try:
    raise err
except ValueError as e:
    print(e is err)
def reraise_in_func():
    try:
        {}['missing']
    except KeyError as e:
        e.args = ('changed',)
        raise
try:
    reraise_in_func()
except KeyError as e:
    print('got', e)
try:
    raise Exception('base')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
