data = [5, 12, 7, 20, 3]
if any((big := x) > 10 for x in data):
    print("first big:", big)
totals = [running := 0] + [running := running + x for x in data]
print(totals, running)
print("a", "b", sep=None, end=None)
print(sorted([3, 1], key=None), int("0x1f", base=0), max([1, 5, 2], key=None), min("bca", default="z"))
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
    mid(); mid()
    return x
print(outer())
def gen_closure():
