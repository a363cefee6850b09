memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def fib_default(n, cache={}):
    if n in cache:
        return cache[n]
    if n < 2:
        result = n
    else:
        result = fib_default(n-1) + fib_default(n-2)
    cache[n] = result
    return result

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(20)])
print(fib(100))
print(fib_default(90))
f1000 = fib_iter(1000)
print(f1000)
print(len(str(f1000)), "digits")
print(f1000 % 1_000_000_007)
print(fib(300) == fib_iter(300))
print(sum(int(d) for d in str(fib_iter(500))))
print(len(memo))
