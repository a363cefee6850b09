print('x' + 1)
