# random.Random instances keep separate state from each other and from the module.
import random

random.seed(42)
module_first = [random.random() for _ in range(3)]
random.seed(42)
a = random.Random(42)
b = random.Random(42)
print([a.random() for _ in range(3)] == module_first)
print([random.random() for _ in range(3)] == module_first)
print(b.random() == module_first[0], a.random() != b.random())

# Interleaving does not disturb either stream.
x, y = random.Random(7), random.Random(7)
xs = []
ys = []
for i in range(1500):
    xs.append(x.randint(0, 9))
    if i % 3 == 0:
        random.random()
for i in range(1500):
    ys.append(y.randint(0, 9))
print(xs == ys, sum(xs), xs[-10:])

# getstate / setstate round trips, also across instances and the module.
r = random.Random(2024)
r.gauss()
state = r.getstate()
first = [r.random() for _ in range(700)] + [r.gauss()]
r.setstate(state)
second = [r.random() for _ in range(700)] + [r.gauss()]
print(first == second, first[-2], first[-1])
other = random.Random(0)
other.setstate(state)
print(other.random() == first[0])
random.setstate(state)
print(random.random() == first[0])
print(state[0], len(state[1]), random.Random(5).getstate()[1][:3])
try:
    r.setstate((2, (), None))
except ValueError as e:
    print("ValueError", e)

# Errors come from the instance methods too.
for bad in [lambda: r.choice([]), lambda: r.randrange(0), lambda: r.sample([1, 2], 3),
            lambda: r.getrandbits(-1), lambda: r.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    random.Random.random(5)
except TypeError as e:
    print("TypeError", e)

# Subclasses, and SystemRandom.
class Dice(random.Random):
    def __init__(self, sides, seed):
        super().__init__(seed)
        self.sides = sides

    def roll(self):
        return self.randint(1, self.sides)

d = Dice(6, 42)
print(type(d).__name__, isinstance(d, random.Random), [d.roll() for _ in range(10)])
class Plain(random.Random):
    pass
print(Plain(42).randint(1, 100), random.Random(42).randint(1, 100))

s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), s.seed(1))
print(0.0 <= s.random() < 1.0, 1 <= s.randint(1, 6) <= 6, len(s.sample(range(10), 3)))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(random.Random.VERSION, type(random.Random).__name__)
