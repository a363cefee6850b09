print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(round(2.675, 2), round(1.005, 2), round(7, -1), round(15, -1), round(25, -1), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(-55, -1), round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(5), round(5, 2), round(0.5), round(1.5), round(-0.5), round(1e20), round(12345.6789, -2))
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(10.5, 3), divmod(-10.5, 3), divmod(0, 5))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(7, 0, 5), pow(-2, 3), pow(2.0, 3), pow(9, 0.5))
print(pow(3, 200, 1000007), pow(5, -1, 7), pow(10, 20, 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(round(-2.5), round(-3.5), round(2.5000001), round(0.1 + 0.2, 10))
