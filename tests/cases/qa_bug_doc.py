class Shape:
    """A shape."""
def f(): pass
f.__doc__ = "set later"
print(Shape.__doc__, f.__doc__)
