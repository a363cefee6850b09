def gen():
    try:
        yield 1
    finally:
        print("cleanup")
g = gen()
next(g)
g = None
print("after")
