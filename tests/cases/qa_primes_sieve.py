import math

def sieve(n: int) -> list[int]:
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

def factorize(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def is_prime_mr(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True

ps = sieve(200)
print(len(ps), ps[:10], ps[-5:])
print(len(sieve(100000)), sum(sieve(10000)))
for n in [360, 97, 1001, 2**10 * 3**5, 600851475143, 1]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()) or "1")
print([n for n in range(2, 50) if is_prime_mr(n)] == sieve(49))
print(is_prime_mr(2**61 - 1), is_prime_mr(2**61 + 1), is_prime_mr(10**18 + 9))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins)
goldbach = {n: next((p, n - p) for p in ps if n - p in ps) for n in range(4, 40, 2)}
print(goldbach)
def perfect(n): return n == sum(d for d in range(1, n) if n % d == 0)
print([n for n in range(1, 1000) if perfect(n)])
