def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return d(n)
def d(n):
    return {"x": 1}[n]
print(a("y"))
