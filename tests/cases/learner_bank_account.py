class InsufficientFundsError(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return 'cannot withdraw %.2f; balance is %.2f' % (self.amount, self.balance)
class Account:
    interest_rate = 0.02
    _next_id = 1
    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(self._balance, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained
    def __repr__(self):
        return 'Account(#%d, %r, %.2f)' % (self.id, self.owner, self._balance)
class Savings(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise RuntimeError('withdrawal limit reached')
        return super().withdraw(amount)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except (InsufficientFundsError, RuntimeError) as e:
        print('transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print('transfer attempted: %s -> %s (%s)' % (src.owner, dst.owner, amount))
alice = Account('alice', 100)
bob = Savings('bob')
print(alice, bob)
alice.deposit(50).withdraw(30)
print(alice.balance)
print(transfer(alice, bob, 500))
print(transfer(alice, bob, 60))
for amt in [10, 10, 10]:
    transfer(bob, alice, amt)
try:
    alice.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
print(alice.apply_interest(), bob.apply_interest())
print(alice, bob)
print(alice.history)
print(bob.history)
accounts = sorted([alice, bob, Account('carol', 75.5)], key=lambda a: -a.balance)
print([a.owner for a in accounts])
print('total: %.2f' % sum(a.balance for a in accounts))
