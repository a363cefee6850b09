graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def bfs(g, start):
    visited, queue, order = {start}, [start], []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in sorted(g[node]):
            if nb not in visited:
                visited.add(nb)
                queue.append(nb)
    return order

def dfs(g, node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nb in g[node]:
        if nb not in visited:
            dfs(g, nb, visited)
    return visited

def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {n: None for n in g}
    dist[src] = 0
    unvisited = set(g)
    while unvisited:
        u = min(unvisited, key=lambda n: (dist[n], n))
        if dist[u] == float("inf"):
            break
        unvisited.remove(u)
        for v, w in g[u].items():
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v], prev[v] = alt, u
    return dist, prev

def path(prev, target):
    p = []
    while target:
        p.append(target)
        target = prev[target]
    return p[::-1]

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out

print(bfs(graph, "A"))
print(dfs(graph, "A"))
dist, prev = dijkstra(graph, "A")
for n in sorted(dist):
    print(n, dist[n], "->".join(path(prev, n)))
print(topo_sort(graph))
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def grid_bfs(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = [(start, 0)]
    seen = {start}
    while q:
        (r, c), d = q.pop(0)
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("grid shortest:", grid_bfs(grid))
undirected = {1: [2, 3], 2: [1], 3: [1], 4: [5], 5: [4], 6: []}
def components(g):
    seen, comps = set(), []
    for n in g:
        if n in seen: continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen: continue
            seen.add(x); comp.append(x)
            stack.extend(g[x])
        comps.append(sorted(comp))
    return comps
print(components(undirected))
print(dist["F"] == float("inf"), float("inf") > 10**100, -float("inf"))
