s = "  a,b,,c , d  "
print(s.split(","))
print(s.split(",", 1))
print(s.rsplit(",", 1))
print(s.split())
print(" a  b c ".split(None, 1))
print(" a  b c ".rsplit(None, 1))
print("a b c".split(maxsplit=0))
print("".split())
print("".split(","))
print("abc".split("b", -1))
print("x--y--z".split("--"))
print("x--y--z".rsplit("--", maxsplit=1))
print("a\tb\nc\x0bd".split())
print("1,2,3".split(",", 5))
try:
    "a".split("")
except ValueError as e:
    print("VE", e)
