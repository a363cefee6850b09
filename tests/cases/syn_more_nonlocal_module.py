print("start")
nonlocal counter
counter = 1
