def compute(values):
    total = 0
    for v in values:
        totl += v
    return total
compute([1])
