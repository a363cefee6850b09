class Foo:
    def bar(self, x):
        return x
Foo().bar()
