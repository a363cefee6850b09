print("start")

def f():
    global limit
    limit: int = 10
