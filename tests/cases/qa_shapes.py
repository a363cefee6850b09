import math

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "Square"

class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("Triangle")
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s-a) * (s-b) * (s-c))

shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5), Triangle(3, 4, 5)]
for s in sorted(shapes[:4]):
    print(s.describe())
print(max(shapes[:4]).name, min(shapes).name)
try:
    print(shapes[4].describe())
except NotImplementedError as e:
    print("NotImplementedError:", repr(e), str(e) == "")
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("caught", e)
print([type(s).__mro__[1].__name__ for s in shapes])
print(Square.__mro__)
print(sum(s.area() for s in shapes))
Shape("x").describe()
