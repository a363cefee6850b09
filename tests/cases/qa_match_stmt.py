def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items]:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd!r}"

for c in ["", "go north", "go west", "take sword shield", "quit", "exit", "dance"]:
    print(describe(c))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case {"x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra={rest}"
        case (a, b):
            return f"tuple {a},{b}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case None:
            return "none"
    return "no match"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), {"x": 1, "y": 2, "z": 3}, (4, 5), 7, 2.5, "hi", None, [1, 2, 3]]:
    print(where(p))

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case n if 500 <= n < 600:
            return "server error"
        case _:
            return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
def shape(v):
    match v:
        case [x, [y, *zs]]:
            return ("nested", x, y, zs)
        case {"type": "circle", "r": r}:
            return ("circle", r)
        case [*_, last]:
            return ("last", last)
print(shape([1, [2, 3, 4]]), shape({"type": "circle", "r": 2}), shape([9, 8, 7]), shape(5))
