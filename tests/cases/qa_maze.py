import random
random.seed(99)
W, H = 8, 5
walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
DIRS = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
stack = [(0, 0)]
visited = {(0, 0)}
while stack:
    x, y = stack[-1]
    options = [(d, x + dx, y + dy, opp) for d, (dx, dy, opp) in DIRS.items()
               if 0 <= x + dx < W and 0 <= y + dy < H and (x + dx, y + dy) not in visited]
    if not options:
        stack.pop()
        continue
    d, nx, ny, opp = random.choice(options)
    walls[(x, y)].discard(d)
    walls[(nx, ny)].discard(opp)
    visited.add((nx, ny))
    stack.append((nx, ny))
lines = ["+" + "---+" * W]
for y in range(H):
    row = "|"
    bottom = "+"
    for x in range(W):
        row += "   " + ("|" if "E" in walls[(x, y)] else " ")
        bottom += ("---" if "S" in walls[(x, y)] else "   ") + "+"
    lines += [row, bottom]
print("\n".join(lines))
def solve(start, goal):
    prev = {start: None}
    q = [start]
    while q:
        cur = q.pop(0)
        if cur == goal: break
        for d, (dx, dy, _) in sorted(DIRS.items()):
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur; q.append(nxt)
    path, n = [], goal
    while n: path.append(n); n = prev[n]
    return path[::-1]
p = solve((0, 0), (W - 1, H - 1))
print(len(p), p[:6])
