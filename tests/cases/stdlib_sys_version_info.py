# sys.version_info is a tuple with named fields.
import sys

v = sys.version_info
print(v.major, v.minor, v.releaselevel, v.serial, v[:2], v[0] == v.major, len(v))
print(v >= (3, 8), v < (4,), v[:2] == (3, 11), isinstance(v, tuple), type(v).__name__)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="), str(type(v)))
major, minor, *rest = v
print("Python %d.%d" % (major, minor), "{}.{}".format(*v), len(rest), tuple(v)[3:])
if sys.version_info.major < 3:
    print("too old")
else:
    print("ok")
