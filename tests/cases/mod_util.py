# Helper module for `from mod_util import *` (no .expected).
VERSION = '1.0'
_private_thing = 'hidden'


def shout(s):
    return s.upper() + '!'


def double(x):
    return x * 2
