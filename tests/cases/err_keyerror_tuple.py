d = {}
print('lookup tuple key')
d[(1, 'x')]
