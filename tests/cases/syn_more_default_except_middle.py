print("start")
try:
    x = 1 / 0
except:
    print("caught")
except ZeroDivisionError:
    print("zero")
finally:
    print("done")
