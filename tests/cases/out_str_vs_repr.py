items = ['a', "b'c", 'd"e', 'f\ng', 1, 1.0, None, True, (1,), [], {}, set()]
for it in items:
    print(str(it), '|', repr(it))
print(items)
print(str(items) == repr(items))
print(('single',), ('a', 'b'), [('x', 1)])
print({'k': ['v', ('t',)], 2: {3: 'z'}})
print(str('x'), [str('x')], repr(str(5)), [repr(5)])
print('%s|%r' % ('a', 'a'), '%s|%r' % ([1], [1]))
print(f'{"a"!r} {["a"]} {("a",)!s}')
class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
b = Both()
print(b, [b], (b,), {1: b}, str(b), repr(b), f'{b}', f'{b!r}', '%s %r' % (b, b))
