class Ten:
    def __get__(self, obj, cls): return 10
class C:
    x = Ten()
print(C().x)
