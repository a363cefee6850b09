class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        self._balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner}: ${self._balance:,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)


accts = [Account("alice", 100), SavingsAccount("bob", 2500.5), Account("carol")]
accts[0].deposit(50).withdraw(30)
for a in accts:
    print(a, repr(a))
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.balance, e.amount)
try:
    accts[0].deposit(-5)
except ValueError as e:
    print("error:", e)
s = accts[1]
for amt in (100, 200, 300):
    try:
        s.withdraw(amt)
        print("withdrew", amt)
    except RuntimeError as e:
        print(type(e).__name__, e)
for a in accts:
    a.apply_interest()
    print(f"{a.owner:<8}|{a.balance:>12.3f}|{type(a).__name__:^16}|")
print(accts[0].history)
print(isinstance(s, Account), issubclass(SavingsAccount, Account))
try:
    accts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
