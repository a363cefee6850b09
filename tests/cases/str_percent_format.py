print('%s is %d years' % ('Ann', 30))
print('%r %s' % ('q', 'q'))
print('%d %i %d' % (3.9, -2.1, True))
print('%f|%.2f|%.0f|%10.3f|%-10.1f|' % (3.14159, 2.675, 2.5, 1.5, -1.25))
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %.2e %E %g %g %g' % (12345.678, 0.000123, 1e10, 0.0001, 1e-5, 123456789))
print('%5s|%-5s|%.2s|%5.1s|' % ('ab', 'ab', 'abcdef', 'xyz'))
print('100%% sure, %d%%' % 50)
print('%(name)s is %(age)d, %(name)r' % {'name': 'Bo', 'age': 7})
print('%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),))
print('%s %s' % (None, True), '%d' % False)
print('%c%c' % (72, 'i'))
print('%*d|%-*d|' % (6, 7, 4, 8))
print('%.3s' % 'abcdef', '%.1f' % 0.05, '%.1f' % 0.15, '%.1f' % 0.25)
print('%s' % 1e20, '%s' % 0.1, '%r' % 1.0, '%s' % -0.0)
print('%d' % 10 ** 25, '%x' % 2 ** 70, '%.3f' % 2 ** 0.5)
print('%f' % float('inf'), '%f' % float('nan'), '%e' % 0)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('only one',))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
