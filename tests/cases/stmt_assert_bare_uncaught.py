def check(v):
    assert v > 0
    return v
print(check(1))
check(-1)
