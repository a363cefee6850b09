counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_new_global():
    global created
    created = 'made'
make_new_global()
print(created)
def read_global():
    return counter * 10
print(read_global())
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def outer2():
    v = 'outer'
    def mid():
        def inner():
            nonlocal v
            v = 'changed'
        inner()
    mid()
    return v
print(outer2())
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def g2():
    global x
    x = 'rebound'
g2()
print(x)
print('counter' in globals(), 'nothere' in globals())
