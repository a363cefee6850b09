class AppError(Exception):
    """Base error."""
    code = 1
class ConfigError(AppError):
    code = 2
class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing config key: {self.key}"
class ValidationError(AppError):
    def __init__(self, field, msg):
        self.field = field
        self.msg = msg
        super().__init__(field, msg)

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise MissingKey(key)

def validate(cfg):
    errors = []
    for field in ("port", "host"):
        try:
            v = load(cfg, field)
            if field == "port" and not (0 < v < 65536):
                raise ValidationError(field, f"out of range: {v}")
        except AppError as e:
            errors.append(e)
    return errors

for cfg in [{"port": 80, "host": "x"}, {"port": 70000}, {}]:
    errs = validate(cfg)
    print(len(errs), [(type(e).__name__, str(e), e.code) for e in errs])
    for e in errs:
        print("  args:", e.args, isinstance(e, KeyError), isinstance(e, LookupError))

try:
    load({}, "db")
except KeyError as e:
    print("as KeyError:", e, repr(e.__context__), e.__cause__)

def chain():
    try:
        {}["a"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)

def finally_order():
    log = []
    for i in range(4):
        try:
            log.append(f"try{i}")
            if i == 1:
                continue
            if i == 3:
                break
            if i == 2:
                raise ValueError(i)
        except ValueError as e:
            log.append(f"except{e}")
        else:
            log.append(f"else{i}")
        finally:
            log.append(f"finally{i}")
    return log
print(finally_order())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_finally())

def override():
    try:
        raise ValueError
    finally:
        return "finally wins"
print(override())

class Broken:
    def __init__(self, x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        self.x = x
objs = []
for x in [1, -2, 3]:
    try:
        objs.append(Broken(x))
    except ValueError as e:
        print("construct failed:", e)
print([o.x for o in objs])

try:
    raise ExceptionGroup if False else AppError("plain")
except Exception as e:
    print(type(e).__mro__)
e = ValidationError("f", "bad")
print(str(e), repr(e))
print(str(MissingKey("k")), repr(MissingKey("k")))
raise MissingKey("database.url")
