print("start")
break

def f(a, b, a):
    return a
