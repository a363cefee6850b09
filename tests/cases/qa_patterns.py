n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(1, 6):
    print(" ".join(str(j) for j in range(1, i + 1)).center(20, "."))
row = [1]
for _ in range(8):
    print(" ".join(map(str, row)).center(40))
    row = [a + b for a, b in zip([0] + row, row + [0])]
for i in range(1, 10):
    print("".join(f"{i * j:4d}" for j in range(1, 10)))
print("\n".join("".join("#" if (x + y) % 2 == 0 else " " for x in range(8)) for y in range(4)))
size = 7
for y in range(size):
    print("".join("X" if x == y or x == size - 1 - y else "." for x in range(size)))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0: return "0"
    s, neg = "", n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
for num in [0, 7, 255, -42, 1000, 2**40]:
    print(f"{num:>14} " + " ".join(f"{to_base(num, b):>12}" for b in (2, 8, 16, 36))[:70])
print(all(int(to_base(k, b), b) == k for k in range(-50, 500) for b in range(2, 37)))
