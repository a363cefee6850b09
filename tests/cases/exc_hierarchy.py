classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, LookupError,
           KeyError, IndexError, ValueError, TypeError, AttributeError, NameError,
           UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
           StopIteration, AssertionError, KeyboardInterrupt, SystemExit, OSError,
           TimeoutError, OverflowError, GeneratorExit, FileNotFoundError]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(isinstance(ZeroDivisionError('x'), ArithmeticError), isinstance(KeyError(), Exception))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
try:
    1 / 0
except ArithmeticError as e:
    print('caught via ArithmeticError:', type(e).__name__)
try:
    [].pop()
except LookupError as e:
    print('caught via LookupError:', type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('KeyboardInterrupt is not Exception:', repr(e))
try:
    raise TimeoutError('slow')
except OSError as e:
    print('OSError catches', type(e).__name__, e)
