class A:
    def clone(self) -> A:
        return A()
print("defined")
