# random.Random instances: every method, with fixed seeds, matches CPython.
import random

rng = random.Random(42)
print(type(rng).__name__, isinstance(rng, random.Random))
print([rng.randint(1, 100) for _ in range(8)])
print(rng.random(), rng.random())
print(rng.uniform(1, 5), rng.uniform(-2.5, 2.5))
print([rng.randrange(10) for _ in range(5)], rng.randrange(5, 100, 7), rng.randrange(-50, -10))
print(rng.getrandbits(1), rng.getrandbits(32), rng.getrandbits(100))
print(rng.gauss(0, 1), rng.gauss(10, 2), rng.gauss())
print(rng.normalvariate(0, 1), rng.normalvariate(5, 0.5))
print(rng.triangular(0, 10, 3), rng.lognormvariate(0, 1), rng.expovariate(2))
deck = list(range(20))
rng.shuffle(deck)
print(deck)
print(rng.choice("abcdefgh"), rng.choice([10, 20, 30]), rng.choice(range(1000)))
print(rng.sample(range(100), 6), rng.sample("python", 3))
print(rng.sample(["r", "g", "b"], 4, counts=[3, 1, 2]))
print(rng.choices("abc", k=6))
print(rng.choices(["x", "y", "z"], weights=[5, 1, 1], k=6))
print(rng.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=6))
print(rng.randint(10**20, 10**21))

# Seeds of every kind, as random.seed takes them.
for seed in [0, 1, -7, 2**80, 3.5, "hello", "", True, None]:
    r = random.Random(seed)
    if seed is None:
        print("entropy", 0.0 <= r.random() < 1.0)
    else:
        print(repr(seed), r.random(), r.randint(1, 6))
r = random.Random()
r.seed(123)
print(r.random())
r.seed("abc", version=1)
print(r.random())
print(random.Random(x=9).random())
