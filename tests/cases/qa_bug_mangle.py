class Account:
    def __init__(self): self.__balance = 100
a = Account()
print(vars(a))
print(a.__balance)
