print("start")
items = []
first, items.pop() = 1, 2
