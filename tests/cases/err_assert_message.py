x = 3
assert x == 3
assert x > 5, 'x too small: %d' % x
