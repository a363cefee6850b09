from math import *
from random import randint, seed as set_seed
import random as rnd
from mod_qa_helpers import *
import os.path
import os.path as osp
from os import path
print(floor(pi), sqrt(16), e > 2, factorial(5), inf)
set_seed(3); a = randint(1, 100); rnd.seed(3); b = rnd.randint(1, 100)
print(a == b, public_fn(), CONST)
try:
    hidden_fn()
except NameError as e:
    print("NameError:", e)
print(os.path.join("a", "b"), osp.basename("/x/y"), path.splitext("f.txt"))
import mod_qa_helpers as helpers
print(helpers.hidden_fn(), sorted(helpers.__all__))
def lazy():
    import math as m2
    return m2.tau
print(round(lazy(), 4))
