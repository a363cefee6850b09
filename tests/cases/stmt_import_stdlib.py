import math
import time
import random as rnd
import os, sys
from math import sqrt, pi as PI, floor
print(math.sqrt(16), sqrt(2), floor(3.7), math.ceil(3.2))
print(PI, math.pi == PI, math.e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.factorial(20), math.gcd(12, 18), math.isqrt(99))
print(math.fabs(-3), math.pow(2, 10), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 6))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
print(math.hypot(3, 4), math.exp(0), round(math.atan2(1, 1), 6))
print(type(time.time()).__name__, time.time() > 1e9)
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0)
print(type(rnd.random()).__name__)
print(type(os.getpid()).__name__, os.getpid() > 0)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(type(sys.version).__name__, sys.version.startswith('3'))
print(type(sys.platform).__name__)
print(__name__)
