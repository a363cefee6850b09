import sys
try:
    sys.exit(4)
except SystemExit as e:
    print('caught SystemExit', e.code)
sys.exit(None)
