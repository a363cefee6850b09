try:
    raise SystemExit(2)
finally:
    print('finally runs before exit')
