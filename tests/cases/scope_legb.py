x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len('abc')
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
class C:
    x = 'class'
    def method(self):
        return x
    y = x + '!'
print(C().method(), C.y)
def later():
    return future_global
future_global = 'defined after def'
print(later())
def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'local'
    return x
print(read_then_assign())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
if True:
    block_var = 'blocks do not scope'
print(block_var)
try:
    raise ValueError('v')
except ValueError as err:
    kept = err
print(repr(kept))
def nested_counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for k in range(5):
        add(k)
    return total
print(nested_counter())
lam = [lambda: x for x in range(2)]
print([f() for f in lam], x)
