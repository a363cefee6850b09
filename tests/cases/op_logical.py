print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 'x', 'a' and 'b' and 'c')
print(not 1, not 0, not [], not [0], not not 'x')
print([] or {}, 0 and crash if False else 'safe')
def side(v, tag):
    print('side', tag)
    return v
print(side(0, 'a') and side(1, 'b'))
print(side(1, 'c') or side(1, 'd'))
print(side(1, 'e') and side(0, 'f') or side(7, 'g'))
print(not side(0, 'h') or side(0, 'i'))
x = 5
print('big' if x > 3 else 'small', 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
y = [] if x else [1]
print(y)
print((lambda a, b=2: a * b)(4), (lambda: 'none')(), (lambda *a: a)(1, 2))
sq = lambda n: n * n
print(sq(9), list(map(lambda v: v + 1, [1, 2, 3])))
add = lambda a, b: a + b
print(add('x', 'y'), add([1], [2]))
print(True or 1 / 0, False and 1 / 0)
z = 0
r = z != 0 and 10 / z
print(r)
print(None if None else 'default')
