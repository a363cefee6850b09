for i in range(3):
    print('i', i)
for c in 'abc':
    print(c, end=' ')
print()
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('not reached')
for i in range(3):
    pass
else:
    print('for else after', i)
for x in []:
    print('never')
else:
    print('empty for else')
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end='; ')
print()
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for k in {'b': 1, 'a': 2}:
    print(k)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for i in range(10, 0, -3):
    print(i, end=',')
print()
