a = 123456789123456789123456789
b = 987654321987654321
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(-a, -b))
print(a - a, a * 0, a * -1)
print(a ** 2)
print(-a ** 3)
print(a > b, a < b, a == a + 0)
print(max(a, b), min(a, b))
print(abs(-a))
print(sorted([a, b, -a, 0, 1]))
print(a / b)
print(round(a, -10))
print(hash(2 ** 70) == hash(2 ** 70))
n = 1
for i in range(70):
    n = n * 3 + 1
print(n)
c = 0
for i in range(64):
    c = c * 2 + 1
print(c, c + 1, c.bit_length(), (c + 1).bit_length())
print(int(str(a) + '0') == a * 10)
x = 2 ** 63 - 1
x += 1
print(x)
y = -2 ** 63
y -= 1
print(y)
z = 3037000500
print(z * z)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 + 1))
