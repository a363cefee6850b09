import random

def make_grid(rows, cols, density, seed):
    random.seed(seed)
    return [[1 if random.random() < density else 0 for _ in range(cols)] for _ in range(rows)]

def neighbors(grid, r, c):
    rows, cols = len(grid), len(grid[0])
    return sum(grid[(r + dr) % rows][(c + dc) % cols]
               for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))

def step(grid):
    return [[1 if (n := neighbors(grid, r, c)) == 3 or (cell and n == 2) else 0
             for c, cell in enumerate(row)] for r, row in enumerate(grid)]

def show(grid):
    return "\n".join("".join("#" if x else "." for x in row) for row in grid)

g = make_grid(8, 16, 0.3, 2024)
for gen in range(4):
    print(f"Generation {gen}: alive={sum(map(sum, g))}")
    print(show(g))
    g = step(g)
glider = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
for _ in range(4):
    glider = step(glider)
print(show(glider))
seen = {}
g = make_grid(5, 5, 0.5, 1)
for i in range(50):
    key = tuple(map(tuple, g))
    if key in seen:
        print("cycle at", i, "back to", seen[key])
        break
    seen[key] = i
    g = step(g)
