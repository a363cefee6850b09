import threading
data = threading.local(); data.x = 1
print(vars(data), dir(data)[-1:])
class A:
    def __init__(self): self.real = 0
    def __dir__(self): return ['b', 'a']
print(dir(A()))
class V:
    def __init__(self): self.real = 0
    def __getattribute__(self, n):
        if n == '__dict__': return {'virtual': 1}
        return object.__getattribute__(self, n)
class P:
    @property
    def __dict__(self): return {'prop': 2}
print(vars(V()), vars(P()))
