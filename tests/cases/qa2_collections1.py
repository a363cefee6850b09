from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, Point(*[1, 2]), Point(y=1, x=2) == (2, 1), len(p))
Emp = namedtuple("Emp", "name dept salary", defaults=[50000])
staff = [Emp("ann", "eng", 120000), Emp("bob", "ops"), Emp("cy", "eng", 95000)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept), sorted(staff, key=lambda e: e.salary)[0])
print(max(staff, key=lambda e: e.salary).name)

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d[0], d[-1], len(d))
d.rotate(2); print(d)
d.rotate(-1); print(d, d.popleft(), d.pop(), d)
print(list(reversed(d)), 3 in d, d.count(3))

def sliding_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

def bfs(graph, start):
    seen, q, order = {start}, deque([start]), []
    while q:
        n = q.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
print(bfs(g, "A"))
dd = defaultdict(int)
for ch in "mississippi": dd[ch] += 1
print(dd, dd["zz"], len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, list(od))
od.popitem(last=False); print(od)
