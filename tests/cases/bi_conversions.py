print(int('42'), int('-0'), int('  12  '), int('0b101', 2), int('Z', 36), int(-7.9), int('1' * 25))
print(float('3.5'), float('-inf'), float('  1e-3 '), float(3), float('.5'), float('5.'))
print(str(42), str(3.0), str([1, '2']), str(None), str(-0.0), str(1e100))
print(bool(''), bool(' '), bool(0.0), bool(-0.0), bool([[]]), bool(range(0)))
print(list('ab'), list((1, 2)), list({'k': 1}), list(range(3)), list({3, 1, 2}))
print(tuple('ab'), tuple([1]), tuple({'a': 1}.items()))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict(), dict([('a', 1)], b=2))
print(set('abca') == {'a', 'b', 'c'}, set([3, 3, 1]), set(), frozenset([1, 1]))
print(hex(255), hex(-1), hex(0), bin(10), bin(-10), bin(0), oct(64), oct(-1))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8), int('0x10', 0))
print(ord('a'), ord('€'), chr(8364), chr(97) + chr(98))
print(repr(1), repr('1'), repr([1, '1']), repr(1.0), repr(None), repr((1,)))
print(int('123'), int('007'))
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    float('1.2.3')
except ValueError as e:
    print('ValueError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
print(int(float('1e10')), float(int(1e15)), int(True) + int(False))
