def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()], [m(2) for m in make_multipliers_late()])

total = 0
def add_to_total(n):
    global total
    total += n
for k in range(5):
    add_to_total(k)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "modified by inner"
        inner()
        return x
    return middle(), x
print(outer())

def accumulator():
    items = []
    def add(item):
        items.append(item)
        return len(items)
    add.items = items
    return add
acc = accumulator()
acc("a"); acc("b")
print(acc.items)

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5), compose()(7))

def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))

x = 5
def shadow():
    x = 10
    def g():
        return x
    return g()
print(shadow(), x)

def bad():
    print(y_undefined_here)
    y_undefined_here = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError:", e)

fns = {}
for name in ["sq", "cube"]:
    p = 2 if name == "sq" else 3
    fns[name] = (lambda p: lambda v: v ** p)(p)
print(fns["sq"](4), fns["cube"](2))
