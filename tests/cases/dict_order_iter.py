d = {}
for w in ['pear', 'apple', 'fig', 'apple', 'kiwi']:
    d[w] = d.get(w, 0) + 1
print(d)
for k in d:
    print(k, d[k])
d['pear'] = 100
print(list(d))
del d['pear']
d['pear'] = 1
print(list(d))
for k, v in sorted(d.items()):
    print(k, v)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
squares = {n: n * n for n in range(6) if n % 2}
print(squares)
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
nested = {'x': {'y': {'z': 1}}}
nested['x']['y']['w'] = 2
print(nested, nested['x']['y'])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
groups = {}
for word in ['ant', 'bee', 'cat', 'ape', 'bat']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({(1, 2): 'a', 1.5: 'b', None: 'c', True: 'd', 'k': 'e'})
print({1: 'int', 1.0: 'float'})
