print('a b  c'.split(), 'a,b,,c'.split(','), '  lead trail  '.split())
print('a b c d'.split(' ', 1), 'a-b-c-d'.split('-', 2), 'a b c'.rsplit(' ', 1))
print('x'.split(','), ''.split(','), ''.split(), 'abc'.split('abc'))
print('a\tb\nc  d'.split(), 'one::two::three'.split('::'))
print('a b c d'.rsplit(None, 2), '1.2.3.4'.rsplit('.', 1))
print(','.join(['a', 'b', 'c']), ''.join('xyz'), ' - '.join(map(str, range(4))))
print('-'.join([]), '|'.join(['solo']))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print('line1\nline2\r\nline3\n'.splitlines())
print('a\n\nb'.splitlines(), ''.splitlines(), 'x\n'.splitlines(True))
print('key=value=more'.partition('='), 'noeq'.partition('='))
print('key=value=more'.rpartition('='), 'noeq'.rpartition('='))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a,b,c'.split(',', 0), 'a,b,c'.split(',', -1))
