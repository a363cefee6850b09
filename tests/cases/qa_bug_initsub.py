class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(Base): pass
print(Base.subclasses)
