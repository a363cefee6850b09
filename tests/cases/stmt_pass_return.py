def nothing():
    pass
print(nothing())
def early(x):
    if x:
        return 'early'
    return
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi())
a, b, c = multi()
print(a + b + c)
class Empty:
    pass
print(type(Empty()).__name__)
def loop_return():
    for i in range(10):
        while True:
            return i * 100
print(loop_return())
def noreturn(x):
    x.append(1)
r = noreturn([])
print(r)
if True:
    pass
print('after pass')
