excs = [ValueError(), ValueError('one'), ValueError('a', 2), KeyError('k'), KeyError(),
        KeyError('a', 'b'), IndexError(3), TypeError(None), Exception([1, 2]), RuntimeError('')]
for e in excs:
    print(repr(str(e)), repr(e), e.args)
print(str(KeyError("it's")), repr(KeyError("it's")))
e = Exception('msg')
print(e.args[0], len(e.args))
s = StopIteration(5)
print(s.value, s.args)
se = SystemExit(3)
print(se.code, se.args)
print(repr(SystemExit()), SystemExit().code)
print(repr(NotImplementedError('todo')))
print(repr(OSError('disk')), str(OSError(2, 'No such file')))
print(repr(AssertionError()), repr(RecursionError('deep')))
