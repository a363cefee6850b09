def log(msg, *args, level="INFO", sep=" ", **extra):
    text = msg % args if args else msg
    tags = sep.join(f"{k}={v}" for k, v in sorted(extra.items()))
    print(f"[{level}] {text}" + (f" ({tags})" if tags else ""))

def wrapper(*args, **kwargs):
    print("wrapper got", args, kwargs)
    return log(*args, **kwargs)

wrapper("hello")
wrapper("x=%d y=%s", 5, "z", level="WARN", user="ann", id=7)
log("plain", sep=";", a=1, b=2)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=10, a=1))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)

def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(*range(5), start=100))
args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c=0, d=0): return (a, b, c, d)
print(abc(*args, **kwargs), abc(*args, d=9), abc(1, *[2], **{"d": 4, "c": 5}))
try:
    abc(*args, **{"a": 5})
except TypeError as e:
    print(e)
try:
    abc(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    abc(1, 2, e=3)
except TypeError as e:
    print(e)
try:
    abc(1)
except TypeError as e:
    print(e)
def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(show(z=1, a="x", m=None), show(**{"if": 1, "with space": 2}))
def outer(**kw):
    return inner(**kw, extra=True)
def inner(**kw): return kw
print(outer(a=1))
try:
    outer(extra=False)
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x, y=2: x * y)(4), (lambda: "no args")())
def counter(start, /, step=1):
    return list(range(start, start + 5 * step, step))
print(counter(0), counter(10, step=-2), counter(1, 3))
