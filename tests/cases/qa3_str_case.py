for t in ["hello world", "HELLO wORLD", "they're bill's friends", "3rd place", "a1b2 c3", "ÉCOLE élève", "", "  x  y", "o'neil mc-donald"]:
    print(repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.upper()), repr(t.lower()), t.istitle(), t.isupper(), t.islower())
print("ß".upper(), "ß".casefold(), "İ".lower().__len__())
for t in ["123", "١٢٣", "½", "²", "12.5", "", "-1", "四", "Ⅻ", " 1", "abc", "abc123", "ab c"]:
    print(repr(t), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier())
print(" \t\n".isspace(), "_a1".isidentifier(), "1a".isidentifier(), "class".isidentifier())

