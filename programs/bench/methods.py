# Benchmark: method calls on class instances.
# Measures instance creation (__init__), attribute get/set, methods calling methods, @property access.
# Run: cargo run --release -- run programs/bench/methods.py
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)

    @property
    def length(self):
        return math.sqrt(self.norm2())


class Particle:
    def __init__(self, x, y, vx, vy, mass):
        self.pos = Vector(x, y)
        self.vel = Vector(vx, vy)
        self.mass = mass
        self.bounces = 0

    @property
    def energy(self):
        return 0.5 * self.mass * self.vel.norm2()

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        self.bounce()

    def bounce(self):
        if self.pos.x < 0.0 or self.pos.x > 100.0:
            self.vel.x = -self.vel.x
            self.bounces += 1
        if self.pos.y < 0.0 or self.pos.y > 100.0:
            self.vel.y = -self.vel.y
            self.bounces += 1

    def push(self, fx, fy, dt):
        self.vel.x += fx / self.mass * dt
        self.vel.y += fy / self.mass * dt


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n = self.n + 1
        return self.n

    def get(self):
        return self.n


def simulate(count, steps):
    particles = []
    for i in range(count):
        p = Particle(float(i % 100), float((i * 7) % 100),
                     ((i % 5) - 2) * 1.5, ((i % 3) - 1) * 2.5, 1.0 + (i % 4))
        particles.append(p)
    counter = Counter()
    for s in range(steps):
        for p in particles:
            p.push(0.1, -0.2, 0.1)
            p.step(0.1)
            counter.incr()
    energy = 0.0
    length = 0.0
    bounces = 0
    for p in particles:
        energy += p.energy
        length += p.pos.length
        bounces += p.bounces
    return energy, length, bounces, counter.get()


def main():
    energy, length, bounces, calls = simulate(250, 1600)
    print("%.6f %.6f %d %d" % (energy, length, bounces, calls))


main()
