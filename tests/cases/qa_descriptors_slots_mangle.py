from __future__ import annotations
from typing import List, Dict, Optional, Tuple, Union, Any, Callable

class Typed:
    def __init__(self, name):
        self.name = "_" + name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

class Point:
    x = Typed("x")
    y = Typed("y")
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
    def moved(self, dx: int) -> Point:
        return Point(self.x + dx, self.y)

p = Point(1, 2)
print(p.x, p.y, p.moved(5).x, type(Point.x).__name__, sorted(vars(p)))
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)

class Plugin:
    registry: Dict[str, type] = {}
    def __init_subclass__(cls, key: Optional[str] = None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CSV(Plugin, key="csv"): pass
class Json(Plugin): pass
print(sorted(Plugin.registry))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class SubSlotted(Slotted):
    __slots__ = ("c",)
s = SubSlotted(); s.c = 3
print(s.a, s.c, hasattr(s, "b"))
try:
    s.d = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Slotted):
    pass
l = Loose(); l.anything = 5
print(l.anything)

class Secret:
    __count = 0
    def __init__(self):
        Secret.__count += 1
        self.__id = Secret.__count
    def __private_method(self):
        return f"id={self.__id}"
    def public(self):
        return self.__private_method()
    @classmethod
    def count(cls): return cls.__count
a, b = Secret(), Secret()
print(a.public(), b.public(), Secret.count(), Secret._Secret__count, hasattr(a, "__private_method"), getattr(a, "_Secret__id"))

def apply(fn: Callable[[int], int], xs: List[int]) -> List[int]:
    return [fn(x) for x in xs]
def pair(x: Union[int, str]) -> Tuple[Any, ...]:
    return (x, x)
print(apply(lambda v: v * 2, [1, 2]), pair("a"))
def f(x: DefinitelyUndefined) -> AlsoUndefined:
    return x
print(f(3))
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "c"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), d.items() & {("a", 1)}, sorted(d.keys() ^ {"a", "q"}), d.keys() == {"a", "b", "c"})
