print("start")

def outer():
    n = 0
    def inc():
        n = 5
        nonlocal n
    return inc
