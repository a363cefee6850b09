from typing import Generic, TypeVar, NamedTuple
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
class Point(NamedTuple):
    x: int
    y: int = 0
s: Stack[int] = Stack()
s.push(1)
p = Point(3)
print(s.items, p, p.x, p._replace(y=5), tuple(p))
