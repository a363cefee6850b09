import sys
print(True + 1)
sys.exit(False)
