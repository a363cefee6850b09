class Item:
    def __init__(self, name: str, price: float, qty: int = 0, tags=None):
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = tags or []

    def __repr__(self):
        return f"Item(name={self.name!r}, price={self.price}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self.items: dict[str, Item] = {}

    def add(self, item: Item) -> None:
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def remove(self, name: str, qty: int) -> None:
        if name not in self.items:
            raise KeyError(name)
        it = self.items[name]
        if it.qty < qty:
            raise ValueError(f"only {it.qty} {name} left")
        it.qty -= qty
        if it.qty == 0:
            del self.items[name]

    def total_value(self) -> float:
        return sum(i.price * i.qty for i in self.items.values())

    def by_tag(self):
        out = {}
        for it in self.items.values():
            for t in it.tags:
                out.setdefault(t, []).append(it.name)
        return out

    def __len__(self):
        return len(self.items)

    def __contains__(self, name):
        return name in self.items

    def __getitem__(self, name):
        return self.items[name]

    def report(self):
        lines = [f"{'Name':<10} {'Price':>8} {'Qty':>5} {'Value':>10}"]
        for it in sorted(self.items.values(), key=lambda i: i.price * i.qty, reverse=True):
            lines.append(f"{it.name:<10} {it.price:>8.2f} {it.qty:>5} {it.price * it.qty:>10.2f}")
        lines.append(f"{'TOTAL':<10} {'':>8} {sum(i.qty for i in self.items.values()):>5} {self.total_value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Item("apple", 0.5, 100, ["fruit", "red"]))
inv.add(Item("banana", 0.25, 150, ["fruit", "yellow"]))
inv.add(Item("hammer", 12.99, 5, ["tool"]))
inv.add(Item("apple", 0.5, 20))
inv.add(Item("lemon", 0.4, 30, ["fruit", "yellow"]))
print(inv.report())
print(len(inv), "apple" in inv, "pear" in inv, inv["hammer"])
print(inv.by_tag())
for name, q in [("apple", 50), ("hammer", 5), ("pear", 1), ("banana", 1000)]:
    try:
        inv.remove(name, q)
        print(f"removed {q} {name}")
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("error:", e)
print(inv.report())
print(sorted(inv.items), list(inv.items.values())[0])
low = {n: i.qty for n, i in inv.items.items() if i.qty < 50}
print(low, {i.name: round(i.price * 1.1, 2) for i in inv.items.values()})
