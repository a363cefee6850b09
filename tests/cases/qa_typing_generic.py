from typing import Generic, TypeVar, Optional, List, Dict
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def top(self) -> Optional[T]:
        return self.items[-1] if self.items else None
def index(words: List[str]) -> Dict[str, int]:
    return {w: i for i, w in enumerate(words)}
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.items, s.top(), index(["a", "b"]))
