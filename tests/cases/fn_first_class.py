def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {'sq': square, 'cu': cube, 'neg': lambda x: -x}
for name in ['sq', 'cu', 'neg']:
    print(name, ops[name](3))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, 'abcd'), apply(square, 12))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, cube)(2), compose(cube, square)(2))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[1]))
print(list(map(square, range(5))), list(filter(lambda x: x % 2, range(10))))
print(callable(square), callable(5), callable(lambda: 0), callable(str))
funcs = [square, cube]
print([f(2) for f in funcs])
print(square.__name__, (lambda: 0).__name__)
def returns_func():
    def inner():
        return 'inner called'
    return inner
print(returns_func()())
print(type(square).__name__)
