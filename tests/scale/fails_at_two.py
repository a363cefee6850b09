"""Fails at two threads, for the error path of tests/scale.rs."""
import sys

if int(sys.argv[1]) >= 2:
    raise RuntimeError("this program refuses to run with two threads")
print("ok")
