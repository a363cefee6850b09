print("start")
__debug__ = False
