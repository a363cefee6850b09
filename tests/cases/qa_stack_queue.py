class Stack:
    def __init__(self):
        self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self): return self._items[-1] if self._items else None
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"Stack({self._items})"

class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def enqueue(self, x): self.inbox.append(x)
    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
    def __len__(self): return len(self.inbox) + len(self.outbox)

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s

def to_rpn(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    out, ops = [], Stack()
    for tok in expr.split():
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.push(tok)
        elif tok == ")":
            while ops.peek() != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops.peek() != "(" and (prec[ops.peek()] > prec[tok] or (prec[ops.peek()] == prec[tok] and tok != "^")):
                out.append(ops.pop())
            ops.push(tok)
    while ops:
        out.append(ops.pop())
    return out

def eval_rpn(tokens):
    s = Stack()
    for t in tokens:
        if t.isdigit():
            s.push(int(t))
        else:
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
    return s.pop()

for e in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(e), balanced(e))
for e in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "10 / 4 - 1", "7 - 2 - 1"]:
    rpn = to_rpn(e)
    print(e, "=>", " ".join(rpn), "=", eval_rpn(rpn))
q = Queue()
for i in range(5): q.enqueue(i)
print(q.dequeue(), q.dequeue())
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
s = Stack()
print(s, s.peek(), len(s))
s.pop()
