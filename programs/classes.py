# Demo: a small class hierarchy with __init__, __str__, @property, super() and exceptions.
# Builds a few bank accounts, moves money around and handles the errors that arise.
# Run: cargo run --release -- run programs/classes.py


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def kind(self):
        return "account"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.kind()} of {self.owner}: {self._balance}"


class Savings(Account):
    def __init__(self, owner, balance=0, rate=2):
        super().__init__(owner, balance)
        self.rate = rate

    def kind(self):
        return "savings"

    def add_interest(self):
        interest = self._balance * self.rate // 100
        self.deposit(interest)
        return interest


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=50):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def kind(self):
        return "checking"

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"  transfer failed: {e}")
        return False
    dst.deposit(amount)
    print(f"  moved {amount} from {src.owner} to {dst.owner}")
    return True


accounts = [Account("ada", 100), Savings("bob", 1000, rate=5), Checking("cy", 20)]
for a in accounts:
    print(a)

print("transfers:")
transfer(accounts[0], accounts[1], 30)
transfer(accounts[2], accounts[0], 60)
transfer(accounts[2], accounts[0], 60)
transfer(accounts[1], accounts[2], 2000)

print("interest for bob:", accounts[1].add_interest())

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("error:", e)

try:
    print(accounts[0].missing)
except AttributeError:
    print("error: no attribute 'missing'")
finally:
    print("done with errors")

for a in accounts:
    print(a, "| isinstance Account:", isinstance(a, Account), "| history:", len(a.history))
total = 0
for a in accounts:
    total += a.balance
print("total:", total)
