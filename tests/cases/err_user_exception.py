class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds('need %d more' % (amount - balance))
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 50)
