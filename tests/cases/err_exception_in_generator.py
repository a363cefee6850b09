def gen():
    yield 1
    yield int('bad')
for v in gen():
    print(v)
