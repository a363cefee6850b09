t = "line1\nline2\r\nline3\rline4\n\nend"
print(t.splitlines())
print(t.splitlines(True))
print(t.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(True))
print("a\x0cb\x1cc\u2028d".splitlines())
print(repr("a\tbc\tdef\tg".expandtabs()))
print(repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("\t".expandtabs(0)))
print(repr("ab\n\tc".expandtabs(3)))
print("-".join(["a", "b", "c"]), "".join([]), ",".join("xyz"), "+".join(str(i) for i in range(4)))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TE", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TE", e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b" + "c")
print("%s is %d years, %.2f tall, %5s|%-5s|%x|%o|%e|%r" % ("Bob", 30, 1.8, "x", "y", 255, 8, 12345.678, "q"))
print("%(a)s-%(b)03d" % {"a": 1, "b": 7}, "100%%" % ())
print("{} {} {}".format(1, "a", [2]), "{1}{0}".format("a", "b"), "{x}{y!r}".format(x=1, y="s"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0[1]} {1[k]} {2.real}".format([9, 8], {"k": "v"}, 3))
print("abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc"[-10:2])
print("abc" < "abd", "Z" < "a", "abc" < "ab", ord("a"), chr(955))
print("a,b".count(","), "tEsT".casefold(), "abc".removeprefix("a"), "abc".removesuffix("c"))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")))
