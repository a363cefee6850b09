class Base:
    @classmethod
    def create(cls, v):
        obj = cls.__new__(cls)
        obj.v = v
        return obj
    @classmethod
    def name(cls): return "Base:" + cls.__name__
    def greet(self): return "base-greet"
class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 2)
        obj.tag = "child"
        return obj
    @classmethod
    def name(cls): return "Child>" + super().name()
    def greet(self):
        helper = lambda: super(Child, self).greet()
        return "child+" + helper()
    def greet2(self):
        return [super(Child, self).greet() for _ in range(2)]
c = Child.create(5)
print(c.v, c.tag, type(c).__name__, Child.name(), c.greet(), c.greet2())
class GrandChild(Child):
    def greet(self):
        return "gc/" + super().greet()
print(GrandChild().greet(), GrandChild.name())
class WithClassCell:
    def who(self): return __class__.__name__
class Sub(WithClassCell): pass
print(Sub().who())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter): pass
Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances)
class Outer:
    class Inner:
        def __init__(self): self.x = "inner"
    def make(self): return self.Inner()
    @staticmethod
    def smake(): return Outer.Inner()
print(Outer().make().x, Outer.smake().x, Outer.Inner.__qualname__, type(Outer().make()).__name__)
