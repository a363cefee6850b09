# Benchmark: a tight while loop decrementing a local int.
# Measures the raw dispatch cost of the interpreter loop (compare, in-place sub, jump).
# Run: cargo run --release -- run programs/bench/countdown.py
def count(n):
    while n > 0:
        n -= 1
    return n


N = 10000000
print(count(N), N)
