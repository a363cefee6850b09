def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
g = gen("rebind"); next(g); g = None
g = gen("del"); next(g); del g
def use():
    h = gen("local"); next(h)
    return "ret"
print(use())
print(next(gen("temp")))
gens = [gen(i) for i in range(3)]
for x in gens: next(x)
gens.clear()
print("cleared")
d = {"k": gen("dict")}
next(d["k"])
d["k"] = 0
print("dict replaced")
def outer():
    for v in gen("for-return"):
        return v
print(outer())
class Holder:
    def __init__(self): self.g = gen("attr"); next(self.g)
hd = Holder()
hd.g = None
print("attr replaced")
keep = gen("kept-to-end"); next(keep)
print("end of program")
