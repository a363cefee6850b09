import math
print(round(math.exp(10), 3))
print(math.exp(1000))
