print("start")

def show(**kw):
    print(kw)

show(color="red", size=3, color="blue")
