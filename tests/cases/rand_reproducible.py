import random
def roll(n):
    return [random.randint(1, 6) for _ in range(n)]
random.seed(7)
a = roll(20)
random.seed(7)
b = roll(20)
print(a == b, a)
random.seed(99)
counts = {}
for _ in range(600):
    r = random.randint(1, 6)
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))
random.seed(123)
total = 0.0
for _ in range(1000):
    total += random.random()
print(round(total, 6))
random.seed(5)
print([round(random.uniform(0, 100), 3) for _ in range(5)])
print(random.randrange(0, 1000, 7), random.randrange(-50, 50))
random.seed(10 ** 20)
print(random.random())
random.seed(-3)
print(random.randint(1, 10))
