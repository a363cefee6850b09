import sys
sys.set_int_max_str_digits(20000)
print(len(str(3 ** 20000)))
