import mod_qa_geometry
import mod_qa_geometry as g2
from mod_qa_geometry import circle_area, Rect as R, PI2
from mod_qa_geometry import *
print(mod_qa_geometry.__name__, g2 is mod_qa_geometry)
print(round(circle_area(2), 3), R(2, 3).area(), round(PI2, 5))
print(mod_qa_geometry.counter, g2.counter)
print("_private" in dir(), "Rect" in dir(), sorted(n for n in dir(mod_qa_geometry) if not n.startswith("__"))[:4])
import sys
print("mod_qa_geometry" in sys.modules, type(mod_qa_geometry).__name__)
try:
    from mod_qa_geometry import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
mod_qa_geometry.new_attr = 1
print(g2.new_attr)
