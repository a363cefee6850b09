def find_first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            print("found at", i)
            break
    else:
        print("none found")
        return None
    return i
find_first_negative([1, 2, -3, 4]); find_first_negative([1, 2])
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print("break inner", i, j)
            break
    else:
        continue
    print("outer break", i)
    break
for x in []:
    pass
else:
    print("empty else")
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen cleanup")
for v in gen():
    if v == 2:
        break
print("after break")
g = gen()
print(next(g))
del g
print("after del")
def g2():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("g2 finally")
it = g2()
next(it)
it.close()
it.close()
print(list(g2()))
result = []
for i in range(5):
    try:
        if i == 1: continue
        if i == 3: break
        result.append(i)
    finally:
        result.append(f"f{i}")
print(result)
def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested_finally()
count = 0
for i in range(100):
    if i % 2: continue
    if i > 10: break
    count += i
print(count)
i = 0
while i < 10:
    i += 1
    if i % 3 == 0: continue
    print(i, end=" ")
print()
