print('ab' * 3, 3 * 'ab', [1, 2] * 2, 2 * [0], (1,) * 3, [] * 5)
print([1, 2] + [3], (1,) + (2, 3), 'a' + 'b')
l = [[0] * 2] * 2
l[0][0] = 9
print(l)
l2 = [[0] * 2 for _ in range(2)]
l2[0][0] = 9
print(l2)
x = [1]
y = x
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = 'ab'
s *= 2
print(s)
m = [1, 2]
m *= 3
print(m)
print([1, 2, 3][-1], (4, 5, 6)[1:], 'xyz'[::-1], [1, 2, 3, 4, 5][::2])
print(len('abc' * 100), sum([1] * 1000))
print(list(range(3)) + list('ab'))
print('-' * 20)
print([0] * -1, 'x' * False, 'x' * True)
