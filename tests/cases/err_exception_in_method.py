class Account:
    def __init__(self):
        self.balance = 0
    def withdraw(self, n):
        if n > self.balance:
            raise ValueError('insufficient funds: balance=%d, requested=%d' % (self.balance, n))
        self.balance -= n
a = Account()
a.withdraw(0)
print('ok so far')
a.withdraw(5)
