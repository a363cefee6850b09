print('typo in builtin')
lenn([1, 2])
