def inner(x):
    return 10 / x
def middle(x):
    return inner(x - 1) + 1
def outer():
    print('calling')
    return middle(1)
print(middle(3))
outer()
