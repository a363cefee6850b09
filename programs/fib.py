# Demo: functions, recursion, tuples and generators.
# Prints fib(0..20) three ways (recursive, iterative, generator) and checks they agree.
# Run: cargo run --release -- run programs/fib.py


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_gen(limit):
    """Yield the first `limit` Fibonacci numbers."""
    a, b = 0, 1
    count = 0
    while count < limit:
        yield a
        a, b = b, a + b
        count += 1


from_gen = []
for value in fib_gen(21):
    from_gen.append(value)

for n in range(21):
    r = fib_recursive(n)
    it = fib_iterative(n)
    ok = "ok" if r == it and it == from_gen[n] else "MISMATCH"
    print(f"fib({n:2d}) = {r:5d}  {ok}")

evens = []
for v in fib_gen(21):
    if v % 2 == 0:
        evens.append(v)
print("even fibs:", evens)
print("sum of fib(0..20) =", sum(fib_gen(21)))
