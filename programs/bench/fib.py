# Benchmark: recursive function calls (naive fib(30), ~1.3M calls).
# Measures call/return overhead, int comparison and addition.
# Run: cargo run --release -- run programs/bench/fib.py
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30))
