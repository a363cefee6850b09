from typing import List, Dict, Optional, TypeVar, Protocol, Iterator, Callable, Any, cast, TYPE_CHECKING, Literal, ClassVar, Final

T = TypeVar("T")
MAX: Final = 10

class Shape(Protocol):
    def area(self) -> float: ...

class Sq:
    sides: ClassVar[int] = 4
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s ** 2

def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None

def count_up(n: int) -> Iterator[int]:
    yield from range(n)

Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return m.upper()

print(total_area([Sq(2), Sq(3)]), first([5, 6]), first([]), list(count_up(3)), open_mode("r"), Sq.sides, MAX)
print(cast(int, "not really"), TYPE_CHECKING)
handlers: Dict[str, Callable[..., Any]] = {"x": print}
