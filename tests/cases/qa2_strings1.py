def reverse_words(s):
    return " ".join(reversed(s.split()))

def count_vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")

def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{prev}{n}")
            prev, n = c, 1
    out.append(f"{prev}{n}")
    return "".join(out)

def rld(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]; i += 1; j = i
        while j < len(s) and s[j].isdigit(): j += 1
        out.append(ch * int(s[i:j])); i = j
    return "".join(out)

def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

for s in ["hello world foo", "  spaced   out  words ", "a"]:
    print(repr(reverse_words(s)), count_vowels(s))
for s in ["aaabccdddd", "", "abc", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), "->", repr(e), "->", repr(rld(e)))
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(f"{s!r:40} {is_pal(s)}")
print("hello".title(), "Hello World".swapcase(), "abc".center(9, "*"))
print("x".join("abc"), "a,b,,c".split(","), "a b  c".split(" "))
print("  strip me  ".strip(), "xxhixx".strip("x"), "hello".rjust(8, "."), "7".zfill(3))
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rfind("i"))
print("Hello"[::-1], "abcdef"[1:5:2], "abc" * 3)
print(sorted("hello world"), "".join(sorted("dcba")))
