class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print('contains check', x)
        return x in self.items
    def __bool__(self):
        return len(self.items) > 0
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:])
b[0] = 'one'
print(b.items)
del b[1]
print(b.items)
print(3 in b, 7 in b, 7 not in b)
print(bool(b), bool(Bag()))
if not Bag():
    print('empty bag is falsy')
for x in b:
    print('iter via getitem', x)
print(list(b), sorted(Bag(3, 1, 2)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), 'falsy via __len__' if not Sized() else 'truthy')
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[1, 2] = '#'
g[(0, 0)] = '@'
print(g[1, 2], g[0, 0], g[5, 5], sorted(g.cells))
