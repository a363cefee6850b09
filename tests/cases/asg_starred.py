a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = 'hey'
print(a)
first, *rest = 'hello'
print(first, rest)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
a, *b = (1,)
print(a, b, type(b).__name__)
print(*[1, 2, 3])
print(*'abc', sep='-')
print([*range(3), *'xy'])
print((*[1, 2], 3))
print({*[1, 2], 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
