"""Module docstring for the docstring demo."""


def area(w: float, h: float) -> float:
    """Return the area of a rectangle.

    Args:
        w: width
        h: height
    """
    return w * h


class Shape:
    """A geometric shape."""

    def describe(self):
        """Describe the shape."""
        return "shape"


def no_doc():
    return 1


print(area.__doc__)
print(area.__doc__.splitlines()[0])
print(Shape.__doc__)
print(Shape.describe.__doc__, Shape().describe.__doc__)
print(no_doc.__doc__)
print(__doc__)
no_doc.__doc__ = "assigned later"
print(no_doc.__doc__)
print(area.__name__, Shape.__name__, Shape.describe.__name__)
