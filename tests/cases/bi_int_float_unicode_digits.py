print(int("١٢٣"), float("١.٥"), int("４２"), int(" 7 "))
try:
    int("x١")
except ValueError as e:
    print(e)
