def inner(**kw): return kw
kw = {"extra": False}
print(inner(**kw, extra=True))
