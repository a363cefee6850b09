print('raising SystemExit(5)')
raise SystemExit(5)
