import random
random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5))
print(random.choice("abcdef"), random.choice([1, 2, 3]))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcde", 2))
print(random.uniform(1, 10))
random.seed("hello"); print(random.random(), random.randint(0, 9))
random.seed(1); print([random.randint(1, 6) for _ in range(10)])
print(random.choices([1, 2, 3], k=4))
print(random.gauss(0, 1) is not None)
try:
    random.choice([])
except IndexError as e:
    print("IE", e)
