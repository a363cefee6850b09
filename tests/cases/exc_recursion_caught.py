import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('caught RecursionError')
    print(isinstance(e, RuntimeError))
print(type(sys.getrecursionlimit()).__name__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
try:
    depth(1000)
except RecursionError:
    print('limit 200 too small for 1000')
print(depth(50))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(depth(500))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print('mutual recursion caught')
