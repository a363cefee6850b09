import time
def gen():
    try:
        yield 1
    finally:
        time.sleep(0)
        print("finally ran")
g = gen(); next(g); print("bye")
