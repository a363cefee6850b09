inventory = {
    'apple': {'price': 0.5, 'qty': 100, 'tags': ['fruit', 'red']},
    'banana': {'price': 0.25, 'qty': 150, 'tags': ['fruit', 'yellow']},
    'carrot': {'price': 0.1, 'qty': 0, 'tags': ['vegetable']},
}
total = sum(v['price'] * v['qty'] for v in inventory.values())
print('total value:', total)
in_stock = [k for k, v in inventory.items() if v['qty'] > 0]
print(in_stock)
by_tag = {}
for name, info in inventory.items():
    for tag in info['tags']:
        by_tag.setdefault(tag, []).append(name)
print(by_tag)
inventory['carrot']['qty'] += 40
inventory['date'] = {'price': 2.0, 'qty': 5, 'tags': []}
print(sorted(inventory, key=lambda k: inventory[k]['price'] * inventory[k]['qty'], reverse=True))
cheapest = min(inventory.items(), key=lambda kv: kv[1]['price'])
print(cheapest[0], cheapest[1]['price'])
print({k: v['qty'] for k, v in inventory.items()})
copy = dict(inventory)
copy['apple']['qty'] = 0
print(inventory['apple']['qty'], copy is inventory, copy['apple'] is inventory['apple'])
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], matrix.get((5, 5), 'n/a'), len(matrix))
print(list(matrix.items())[:4])
