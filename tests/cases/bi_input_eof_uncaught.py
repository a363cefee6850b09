print('reading')
name = input()
print('never', name)
