# Helper module imported by stmt_import_module and others (no .expected).
UNIT = 'cm'
LOAD_COUNT = 0
LOAD_COUNT += 1
print('mod_shapes loaded')


def area_rect(w, h):
    return w * h


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def describe(self):
        return 'Circle(r=%d%s)' % (self.r, UNIT)
