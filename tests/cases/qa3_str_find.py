s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.rfind("hello"), s.rfind("hello", 0, 10))
print(s.find(""), s.find("", 5), s.find("", 100), s.rfind(""))
print(s.index("world"), s.rindex("l"))
print(s.find("o", -5), s.find("o", -100, -3))
print(s.count("l"), s.count("l", 3), s.count(""), s.count("ll", 0, 4))
try:
    s.index("zzz")
except ValueError as e:
    print("VE", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("VE", e)
print(s.replace("hello", "bye"))
print(s.replace("hello", "bye", 1))
print(s.replace("l", "L", 0))
print(s.replace("", "-"))
print("aaa".replace("", "-", 2))
print(s.startswith("hell"), s.startswith(("x", "he")), s.endswith("lo"), s.startswith("world", 6), s.endswith("hello", 0, 5))
