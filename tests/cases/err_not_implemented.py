class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
class Sq(Shape):
    pass
print('computing')
Sq().area()
