def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(200)
print(len(ps), ps[:10], ps[-3:])
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
m = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(30):
    r = matmul(r, m)
print(r)
def transpose(a):
    return [list(row) for row in zip(*a)]
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(transpose(grid))
print([row[::-1] for row in transpose(grid)])
for row in grid:
    print(' '.join('%3d' % v for v in row))
print(sum(grid[i][i] for i in range(3)), sum(grid[i][2 - i] for i in range(3)))
def binsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid, steps
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
print(binsearch(ps, 97), binsearch(ps, 100), binsearch(ps, 2))
def bubble(xs):
    xs = list(xs)
    swaps = 0
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
    return xs, swaps
print(bubble([5, 1, 4, 2, 8, 0, 3]))
