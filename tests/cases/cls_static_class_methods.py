class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(deg):
        return deg <= 0
    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.scale
class Kelvin(Temp):
    scale = 'K'
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__)
print(Temp.is_freezing(-1), t.is_freezing(5))
print(Temp.describe(), Kelvin.describe(), k.describe())
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.register('a'), Registry.register('b'), Registry.items)
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
print(Util.add(1), Util().add(2, 3))
