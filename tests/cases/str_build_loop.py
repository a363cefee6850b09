parts = []
for i in range(2000):
    parts.append(str(i % 10))
s = ''.join(parts)
print(len(s), s[:25], s.count('7'))
acc = ''
for i in range(500):
    acc += chr(ord('a') + i % 26)
print(len(acc), acc[-30:])
table = ''
for r in range(1, 6):
    table += ' '.join('%2d' % (r * c) for c in range(1, 6)) + '\n'
print(table, end='')
print('=' * 14)
words = 'the rain in spain falls mainly'.split()
print(' '.join(w.capitalize() for w in words))
print(''.join(w[0] for w in words).upper())
rev = ''
for ch in 'stressed':
    rev = ch + rev
print(rev)
print('|'.join(f'{w:^7}' for w in words[:3]))
vowels = sum(1 for c in ' '.join(words) if c in 'aeiou')
print(vowels)
print(repr('\n'.join(['a', 'b', 'c'])))
