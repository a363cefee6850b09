from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
q = deque([1, 2, 3])
q.appendleft(0); q.append(4); print(q, q.popleft(), q.pop(), len(q), list(q))
d = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    d[w[0]].append(w)
print(d, dict(d._data) if False else sorted(d.items()))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=5), tuple(p), p == (1, 2))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od)
dq = deque(maxlen=2); dq.extend([1, 2, 3]); print(dq)
print(Counter(a=3, b=1) + Counter(a=1, c=2))
x, y = p
print(x, y, len(p))
# BFS with a deque, grouping with defaultdict, counting words.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen, order, todo = {"a"}, [], deque(["a"])
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)
words = "the cat and the hat and the bat".split()
counts = Counter(words)
for word, n in counts.most_common():
    print(f"{word:>4} {n}")
by_len = defaultdict(int)
for w in words:
    by_len[len(w)] += 1
print(sorted(by_len.items()), by_len[99], len(by_len))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
