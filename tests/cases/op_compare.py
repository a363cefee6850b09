x = 2
print(1 < x < 3, 1 < x > 3, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0, 1 < 3 < 2)
print(1 == 1.0, 1 != 2, 2 >= 2, 2 <= 1, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc')
print('Z' < 'a', '' < 'a', 'a' == 'a', 'apple' > 'Apple')
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 'a') < (1, 'b'))
print([1, 2] < [1, 2, 3], [3] > [2, 9], [1, [2]] == [1, [2]])
print((1, 2) == (1, 2), (1, 2) != (2, 1), () < (0,))
print(1 in [1, 2], 3 not in [1, 2], 'ell' in 'hello', 'z' not in 'hello', '' in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'b' in {1: 'a', 2: 'b'}, 3 in {1, 2, 3}, 1 in (1,), 5 in range(10), 10 in range(10))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, [] is not [])
print(1 < 2 == 2, (1 < 2) == 2, 5 == 5 == 5.0)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(0) < f(5))
print(f(1) < f(2) < f(3))
print(max([3, 1, 2]) == 3 != 4)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} == {1})
print(float('nan') == float('nan'), 2 ** 100 > 1e30, 10 ** 400 > 1e308)
print(-1 < -0.5 < 0 <= -0.0)
