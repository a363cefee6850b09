# Demo: the basics -- printing, variables, loops, functions and f-strings.
# Prints a greeting and a small table of squares, cubes and running sums.
# Run: cargo run --release -- run programs/hello.py


def greet(name):
    return f"Hello, {name}! Welcome to gilsim."


def table(n):
    print(f"{'n':>3} {'n^2':>5} {'n^3':>6} {'sum':>5}")
    total = 0
    for i in range(1, n + 1):
        total += i
        print(f"{i:>3} {i * i:>5} {i ** 3:>6} {total:>5}")
    return total


print(greet("world"))
print()
total = table(10)
print()
print("sum of 1..10 is %d, average %.2f" % (total, total / 10))
