assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('caught:', e, repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print('bare:', repr(e), e.args)
try:
    x = []
    assert x, f'x is {x!r}'
except AssertionError as e:
    print(e)
print('before uncaught')
assert 2 + 2 == 5, 'math is broken'
print('not reached')
