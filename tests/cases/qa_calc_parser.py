import math

class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class ParseError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("NAME", src[i:j]))
            i = j
        elif ch in "+-*/^(),":
            tokens.append(Token("OP", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None))
    return tokens

class Parser:
    FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "max": max, "abs": abs}
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self): return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expect(self, v):
        t = self.next()
        if t.value != v:
            raise ParseError(f"expected {v!r}, got {t.value!r}")
    def parse(self):
        v = self.expr()
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing input: {self.peek().value!r}")
        return v
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.next().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/"):
            op = self.next().value
            r = self.factor()
            if op == "/" and r == 0:
                raise ZeroDivisionError("division by zero in expression")
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.next(); return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.next(); return base ** self.factor()
        return base
    def atom(self):
        t = self.next()
        if t.kind == "NUM": return t.value
        if t.kind == "NAME":
            if self.peek().value == "(":
                self.next()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.next(); args.append(self.expr())
                self.expect(")")
                try:
                    return self.FUNCS[t.value](*args)
                except KeyError:
                    raise ParseError(f"unknown function {t.value}") from None
            if t.value not in self.env:
                raise NameError(f"undefined variable {t.value!r}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr(); self.expect(")"); return v
        raise ParseError(f"unexpected {t.value!r}")

env = {"x": 3, "pi": math.pi}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "sqrt(16) + max(1, 7, 3)",
            "2 * pi", "abs(-5.5)", "1 / 0", "1 +", "foo(1)", "y + 1", "3 $ 4", "(1 + 2", "1 2", "7 - -2", "0.1 + 0.2"]:
    try:
        print(f"{src:<24} = {Parser(tokenize(src), env).parse()}")
    except (ParseError, ZeroDivisionError, NameError) as e:
        print(f"{src:<24} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 2.5")[:3])
