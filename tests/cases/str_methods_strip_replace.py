print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print('xxhixx'.strip('x'), '..,hi,..'.strip('.,'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr('\t\n text \r\n'.strip()))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
print('abc'.replace('x', 'y'), 'a.b.c'.replace('.', ''))
s = 'hello world hello'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.rfind('hello'), s.rfind('o', 0, 5))
print(s.index('world'), s.rindex('l'), s.count('l'), s.count('hello'), s.count(''), 'aaaa'.count('aa'))
try:
    s.index('nope')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('nope')
except ValueError as e:
    print('ValueError:', e)
print(s.startswith('hell'), s.startswith(('x', 'he')), s.endswith('llo'), s.endswith(('a', 'b')))
print(s.startswith('world', 6), 'abc'.endswith(''), ''.startswith(''))
print('ab'.find(''), 'ab'.find('', 5), 'abc'.find('c', -1))
