from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    count: int = 0

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value: int = value
        self.next = next

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur: Node | None = self
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out


def build(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head


total: int = 0
names: dict[str, list[tuple[int, str]]] = {}
maybe: "Optional[int]"
h = build([1, 2, 3])
print(h.to_list() if h else None, Node.count, Node.next)
try:
    print(Node.value)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(maybe)
except NameError as e:
    print("NameError:", e)
def f(a: "undefined type", *args: int, b: float = 1.0, **kw: str) -> "whatever":
    return a, args, b, kw
print(f(1, 2, 3, b=2, c="x"))
lst: list = []
lst.append(1)
x: int
print(lst, total, "x" in dir(), "total" in globals())
