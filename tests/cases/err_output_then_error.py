for i in range(5):
    print('line', i)
print(10 / (i - 4))
