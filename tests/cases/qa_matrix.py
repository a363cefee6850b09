class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result @ base
            base = base @ base
            p >>= 1
        return result

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c+1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print()
print(A.transpose())
print()
F = Matrix([[1, 1], [1, 0]])
print((F ** 90).rows[0][1])
print(A * 3 == Matrix([[3, 6], [9, 12]]))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1,2,3],[4,5,6],[7,8,10]]))
print(Matrix.identity(3))
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
M = [[(i * 3 + j) % 7 for j in range(4)] for i in range(3)]
print(M)
print([list(col) for col in zip(*M)])
print([sum(r) for r in M], [max(c) for c in zip(*M)])
