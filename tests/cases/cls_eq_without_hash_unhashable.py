# A class that defines __eq__ without __hash__ gets __hash__ = None (unhashable), as in CPython.
class A:
    def __eq__(self, o): return True
try:
    print(hash(A()))
except TypeError as e:
    print("TypeError", e)
print(A.__hash__)
class B:
    def __eq__(self, o): return True
    def __hash__(self): return 5
class C(B):
    def __eq__(self, o): return False
try:
    print(hash(C()))
except TypeError as e:
    print("TypeError", e)
try:
    s = {A()}
except TypeError as e:
    print("TypeError", e)
class D:
    __hash__ = None
try:
    hash(D())
except TypeError as e:
    print("TypeError", e)
