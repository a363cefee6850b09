data = [{'k': 1}, {'j': 2}]
print([d['k'] for d in data])
