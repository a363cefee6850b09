def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def isqrt(n):
    if n < 0: raise ValueError("negative")
    if n == 0: return 0
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

f100 = factorial(100)
print(f100)
print(len(str(factorial(500))), str(factorial(500))[:20])
print(sum(map(int, str(f100))))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)
print(2 ** 256, 2 ** 256 - 1 == int("f" * 64, 16))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 100))
import math
print(math.isqrt(2 * 10 ** 100) == isqrt(2 * 10 ** 100), math.factorial(30) == factorial(30))
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7) if True else 0, pow(7, 222))
print(math.gcd(factorial(20), 2 ** 70), math.comb(100, 50), math.perm(10, 3))
big = 12345678901234567890123456789
print(big * big, big // 97, big % 97, -big // 7, -big % 7, divmod(big, -13))
print(big >> 10, big << 5, big & 0xFFFF, big | 1, big ^ big, ~big)
print(hex(big), oct(2**70), bin(2**65 + 1))
print(int("123456789" * 5), int("-" + "9" * 30) + 1)
print(abs(-big), -(-big) == big, big > 10**28, big < 10.0**29, big == float(big))
print(float(2**100), 2**100 / 3, 2**1000 // 3**500)
print(str(10**50)[::-1][:5], 10**18 + 1, (10**20) // (10**10))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz_len(2**100 + 1), max(range(1, 1000), key=collatz_len))
print(round(big, -10), round(2**70 / 3), int(1e20), int(-2.9), int("0x1F", 16), int("777", 8))
print(math.prod(range(1, 21)), sum(range(10**6)), 7 ** 77 % 1000)
print(f"{2**100:,}", f"{2**64:x}", f"{-2**70:e}", "%d" % 3**50)
