class K:
    def __getattribute__(self, n):
        return 42 if n == "magic" else object.__getattribute__(self, n)
print(K().magic)
