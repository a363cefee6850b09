class ConfigError(Exception):
    pass

def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e

def load(cfg):
    try:
        return parse_port(cfg["port"])
    except KeyError:
        raise ConfigError("missing port")

for cfg in [{"port": "80"}, {"port": "http"}, {}]:
    try:
        print(load(cfg))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)

def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

try:
    reraiser()
except ZeroDivisionError as e:
    print("outer got", e, e.args)

try:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

errors = []
for thing in ["3", "x", None, [1], "4.5"]:
    try:
        errors.append(int(thing))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__ + ": " + str(e))
for e in errors:
    print(e)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)]) if False else KeyError("a", "b")
except KeyError as e:
    print(e, e.args)
e = ValueError("x")
print(str(e), repr(e), repr(Exception()), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
