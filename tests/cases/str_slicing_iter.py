s = 'abcdefghij'
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-3])
print(s[8:2:-2], s[100:], s[-100:3], s[5:2], s[2:2], repr(s[10:]))
print(len(s), 'c' in s, 'cd' in s, 'dc' in s, '' in s)
for ch in 'héllo':
    print(ch, ord(ch), end='; ')
print()
print(chr(65), chr(97), chr(233), chr(26085), chr(0x1F600) == '\U0001F600', ord('\n'))
print([c for c in 'abc'], list('日本語'), '日本語'[1], '日本語'[::-1])
print(''.join(reversed('stressed')), sorted('python'), max('hello'), min('hello'))
print(s[1:8:3], s[-1:-6:-2], s[::1])
try:
    s[20]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'X'
except TypeError as e:
    print('TypeError:', e)
print('abc' < 'abd', 'abc' == 'ab' + 'c', 'a' * 3 == 'aaa')
word = 'racecar'
print(word == word[::-1], word.upper()[::2])
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'hello, xyz')
print(caesar)
print(str(12)[::-1], int(str(12)[::-1]) + 1)
print(list(enumerate('ab', 1)))
