print("start")

def f():
    x = 1
    def g():
        global x
        nonlocal x
    return g
