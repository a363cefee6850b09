"""Geometry helpers."""
import math
PI2 = math.pi * 2
_private = "hidden"
counter = 0
def circle_area(r):
    global counter
    counter += 1
    return math.pi * r * r
class Rect:
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
print("mod_qa_geometry loaded as", __name__)
if __name__ == "__main__":
    print("geometry run directly")
