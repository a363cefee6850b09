print(slice(1, 3))
