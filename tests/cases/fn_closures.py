def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns2])
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2))
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make_pair():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = make_pair()
put(42)
print(get())
def late():
    fs = []
    for k in range(3):
        def f():
            return k * 10
        fs.append(f)
    return [f() for f in fs]
print(late())
print(make_counter.__name__, c1.__name__)
