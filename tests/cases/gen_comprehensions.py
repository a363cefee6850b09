print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print({x: x * x for x in range(5)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 4 for x in range(20)})
print([c.upper() for c in 'hello' if c not in 'l'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print(['even' if x % 2 == 0 else 'odd' for x in range(4)])
x = 'outer'
print([x for x in 'abc'], x)
y = 10
print([y * i for i in range(3)])
i = 'unchanged'
squares = [i * i for i in range(4)]
print(i, squares)
def scoped():
    k = 3
    return [k + j for j in range(3)]
print(scoped())
words = ['apple', 'bob', 'kayak', 'test']
print({w: w == w[::-1] for w in words})
print([len(w) for w in words if len(w) > 3])
print(sorted({w[0] for w in words}))
print([(i, c) for i, c in enumerate('ab')])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([[] for _ in range(2)])
print({i: [j for j in range(i)] for i in range(4)})
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
