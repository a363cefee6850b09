class Box:
    def __init__(self):
        self.v = 1
        self.items = [1]
b = Box()
b.v += 10
b.v *= 3
b.items += [2]
b.items *= 2
print(b.v, b.items)
d = {'a': 1}
d['a'] += 5
d['b'] = d.get('b', 0) + 1
d['b'] -= 10
print(d)
l = [1, 2, 3]
l[0] += 100
l[-1] **= 2
l[1] //= 2
print(l)
s = 'x'
s += 'y'
s *= 2
print(s)
n = [[1, 2], [3, 4]]
n[1][0] += 10
print(n)
count = 0
for i in range(5):
    count += i
print(count)
calls = []
def key():
    calls.append('key')
    return 0
arr = [10]
arr[key()] += 1
print(arr, calls)
t = (1, 2)
t += (3,)
print(t)
f = 1.5
f -= 0.5
print(f)
z = 7
z %= 4
z <<= 3
z |= 1
print(z)
