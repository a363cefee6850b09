def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add(5))
def greet(name: str, times: int = 1) -> str:
    return ' '.join(['hi ' + name] * times)
print(greet('x', 2))
count: int = 5
label: str
label = 'set later'
print(count, label)
def process(items: list, lookup: dict = None) -> list:
    lookup = lookup or {}
    return [lookup.get(i, i) for i in items]
print(process([1, 2, 3], {2: 'two'}))
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
    def dist2(self) -> float:
        return float(self.x ** 2 + self.y ** 2)
p = Point(3, 4)
print(p.x, p.y, p.dist2(), Point.y)
def nothing() -> None:
    pass
print(nothing())
values: list = [1, 2]
print(values)
def opt(v: 'int | None' = None) -> 'str':
    return 'none' if v is None else str(v)
print(opt(), opt(3))
