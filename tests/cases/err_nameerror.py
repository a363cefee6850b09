print('start')
print(x)
