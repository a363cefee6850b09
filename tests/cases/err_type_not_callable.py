x = 5
print('calling int')
x()
