l = []
l.pop()
