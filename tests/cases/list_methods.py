l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'first'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-1, 'before-end'); print(l)
l.remove('a'); print(l)
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.index(2), l.count(1), [1, 1, 2, 1].count(1))
print([1, 2, 3, 2].index(2, 2))
l2 = [5, 2, 8, 1, 9]
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.reverse(); print(l2)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len); print(w)
w.sort(key=len, reverse=True); print(w)
c = w.copy()
c.append('new')
print(w, c)
c.clear(); print(c)
print(l2.sort() is None, sorted(l2) is not l2)
x = [1, 2, 3]
y = x[:]
y[0] = 99
print(x, y)
print(list(reversed(x)), x[::-1])
nums = [0] * 3
nums[1] = 5
print(nums, len(nums), sum(nums), min(nums), max(nums))
print([1, [2, 3]].index([2, 3]), [[1], [2]].count([1]))
try:
    [].remove(1)
except ValueError as e:
    print('ValueError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
m = [1, 2, 3]
m += range(4, 6)
print(m)
