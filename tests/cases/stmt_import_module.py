import mod_shapes
import mod_shapes as shp
from mod_shapes import area_rect, Circle as C
from mod_util import *
print(mod_shapes.area_rect(3, 4), shp.area_rect(2, 2), area_rect(1, 5))
print(mod_shapes.UNIT, shp is mod_shapes)
c = C(2)
print(c.describe(), round(c.area(), 3))
print(shout('hi'), double(21))
print(VERSION)
try:
    print(_private_thing)
except NameError as e:
    print('NameError', e)
print(mod_shapes.__name__)
import mod_shapes
print(mod_shapes.LOAD_COUNT)
