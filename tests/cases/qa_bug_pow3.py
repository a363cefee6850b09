class N:
    def __pow__(self, e, mod=None): return "pow"
print(pow(N(), 2, 5))
