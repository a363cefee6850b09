i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('while else ran')
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j', j)
else:
    print('never printed')
k = 10
while k > 0:
    k -= 3
print('k', k)
n = 0
while n < 3:
    n += 1
else:
    print('done n', n)
while False:
    print('no')
else:
    print('else on false while')
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
