import random

random.seed(12345)
TELLERS = 3
customers = []
t = 0
for cid in range(1, 21):
    t += random.randint(0, 4)
    customers.append({"id": cid, "arrive": t, "service": random.randint(2, 9)})

free_at = [0] * TELLERS
waits = []
log = []
for cust in customers:
    teller = min(range(TELLERS), key=lambda i: (free_at[i], i))
    start = max(cust["arrive"], free_at[teller])
    wait = start - cust["arrive"]
    waits.append(wait)
    free_at[teller] = start + cust["service"]
    log.append((cust["id"], teller, cust["arrive"], start, free_at[teller], wait))

print(f"{'cust':>4} {'tel':>3} {'arr':>4} {'start':>5} {'end':>4} {'wait':>4}")
for row in log:
    print("{:>4} {:>3} {:>4} {:>5} {:>4} {:>4}".format(*row))
print(f"avg wait: {sum(waits) / len(waits):.2f}, max wait: {max(waits)}, served by teller:",
      {i: sum(1 for r in log if r[1] == i) for i in range(TELLERS)})
print("random checks:", random.random(), random.uniform(1, 2), random.choice("abcdef"),
      random.sample(range(100), 5), random.randrange(0, 100, 7))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.choices(["x", "y", "z"], k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.gauss(0, 1), random.getrandbits(16), random.randint(10**20, 10**21))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {'*' * (n // 5)}")
