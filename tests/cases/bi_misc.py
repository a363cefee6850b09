print(abs(-3), len([1, 2]), len('abc'), len({}), len(range(10)), len(set([1, 2, 2])))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
class Weird:
    def __len__(self):
        return 7
print(len(Weird()))
print(chr(ord('a') + 1), ord(chr(300)), [chr(c) for c in range(65, 70)])
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), oct(8)[2:])
print(all(isinstance(x, int) for x in [1, 2, True]), any(isinstance(x, str) for x in [1, 2]))
print(list(map(lambda t: t[0] * t[1], zip(range(4), range(4)))))
print(sorted(map(str, [10, 9, 100])), sorted([10, 9, 100], key=str))
print(divmod(-7, 2), -7 // 2, -7 % 2)
print(isinstance(None, type(None)), type(None).__name__)
print(max(enumerate('hello'), key=lambda p: p[1]))
print(sum(1 for c in 'banana' if c == 'a'), 'banana'.count('a'))
print(list(zip(*zip('ab', 'cd'))))
print(dict(enumerate('xyz')), list(dict(enumerate('xyz')).items())[1])
print(round(sum([0.1, 0.2, 0.3]), 10), sum([0.1, 0.2, 0.3]))
print(str(print) == str(print), repr(len).startswith('<built-in function len'))
print(type(len).__name__, type(print).__name__)
