import math

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = factorial(100)
print(f100)
print(sum(int(d) for d in str(f100)), f100 == math.factorial(100))
print(sum(map(int, str(2 ** 1000))), len(str(2 ** 1000)))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(500))
print(len(str(fib(1000))))
x = 3 ** 200
print(x % 1000007, x // 7 ** 50, -x // 10 ** 90, divmod(-x, 10 ** 80)[1] > 0)
print(pow(2, 10000, 10 ** 9 + 7), pow(3, -1, 11), math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40 + 5))
print(hex(2 ** 70), bin(255), int("z" * 10, 36), int("1" * 30, 2), (2 ** 64).bit_length())
print(-(2 ** 65) >> 3, (2 ** 65) << 5, (2 ** 80 - 1) & 0xFFFF, 2 ** 80 | 1, ~(2 ** 70))
print(f"{2 ** 100:,}", 10 ** 20 / 3, 2 ** 100 == 2.0 ** 100, float(2 ** 100))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print(math.comb(100, 50), math.perm(10, 3), abs(-(10 ** 30)), (10 ** 30) ** 0.5)
print(sum(range(10 ** 6)), 12345678901234567890 * 98765432109876543210)
