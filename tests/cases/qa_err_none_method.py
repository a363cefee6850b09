def parse(s):
    pass
parse("x").strip()
