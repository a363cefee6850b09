def find():
    return None
r = find()
r.append(1)
