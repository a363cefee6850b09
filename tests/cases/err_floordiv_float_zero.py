print(7 // 2.0)
print(7 // 0.0)
