print('{} + {} = {}'.format(1, 2, 3))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Cy', age=9))
print('{0[0]} {0[1]} {1[k]}'.format([10, 20], {'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|{:*^7}|'.format('ab', 'cd', 'ef', 'g'))
print('{:.3f} {:,} {:x} {:08.2f} {:e}'.format(2 / 3, 10 ** 7, 255, -3.14159, 0.5))
print('{{}} {{{}}}'.format('in braces'))
print('{!r} {!s}'.format('x', 'y'))
print('{0:{1}}|'.format('pad', 6))
print('{:d}'.format(42), '{:5}'.format(42), '{:5}'.format('s'))
class P:
    def __init__(self):
        self.x = 5
print('{0.x} {p.x}'.format(P(), p=P()))
print('{}'.format([1, 'a']), '{}'.format(None))
fmt = '{:>4}' * 3
print(fmt.format(1, 22, 333))
print(format(3.14159, '.2f'), format(255, 'x'), format('s', '>3'), format(1234567, ','))
print(format(0.5), format(42), repr(format(None)))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError:', e)
