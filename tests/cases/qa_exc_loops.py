data = ["10", "x", "30", None, "5.5", "0", "7"]
total = 0
for item in data:
    try:
        n = int(item)
        r = 100 // n
    except ValueError as e:
        print("ValueError:", e)
        continue
    except TypeError as e:
        print("TypeError:", e)
        continue
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
        break
    else:
        total += r
    finally:
        print("processed", repr(item))
print("total", total)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print(e)

def safe_div(a, b):
    try:
        return a / b
    except (ZeroDivisionError, TypeError) as e:
        return f"error: {type(e).__name__}: {e}"
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 2), safe_div(1.5, 0.0))
print(safe_div(10**400, 1) if False else "skip")

errors = [IndexError("i"), KeyError("k"), ValueError("v"), OSError("o"), ArithmeticError("a"), OverflowError("of"), FileNotFoundError("f")]
for err in errors:
    try:
        raise err
    except LookupError as e:
        print("lookup", repr(e))
    except ArithmeticError as e:
        print("arith", repr(e))
    except OSError as e:
        print("os", repr(e), type(e).__name__)
    except Exception as e:
        print("other", repr(e))

try:
    [1, 2, 3].index(5)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, e.args)
try:
    x = [1][5]
except IndexError as e:
    print(e)
try:
    (1, 2)[7]
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    "a" * 2.5
except TypeError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    import math; math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    round("x")
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    list(range(3))[1:2:0]
except ValueError as e:
    print(e)
