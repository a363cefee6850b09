class CalcError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise CalcError('stack underflow')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return 'Stack(%r)' % self._items
OPS = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
    '//': lambda a, b: a // b,
    '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b,
}
def evaluate(expr):
    st = Stack()
    for tok in expr.split():
        if tok in OPS:
            b = st.pop()
            a = st.pop()
            try:
                st.push(OPS[tok](a, b))
            except ZeroDivisionError:
                raise CalcError('division by zero in %r' % expr)
        elif tok == 'dup':
            v = st.pop()
            st.push(v)
            st.push(v)
        elif tok == 'swap':
            b, a = st.pop(), st.pop()
            st.push(b)
            st.push(a)
        else:
            try:
                st.push(int(tok))
            except ValueError:
                try:
                    st.push(float(tok))
                except ValueError:
                    raise CalcError('bad token %r' % tok) from None
    if len(st) != 1:
        raise CalcError('leftover stack %r' % st)
    return st.pop()
exprs = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 **', '7 2 /', '7 2 //', '-7 2 %', '2 dup *',
         '1 2 swap -', '1.5 2 *', '1 0 /', '1 +', '1 2', 'x 1 +', '2 100 ** 3 //', '0.1 0.2 +']
for e in exprs:
    try:
        print('%-22s => %r' % (e, evaluate(e)))
    except CalcError as err:
        print('%-22s !! %s' % (e, err))
