class R:
    def __del__(self): print("freed")
r = R()
del r
print("after")
