s = ''
print(s[0])
