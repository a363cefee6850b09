def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1; hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

tests = ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"]
for t in tests:
    print(f"{t!r:40} -> {is_palindrome(t)}")
print(longest_palindrome("babad"), longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print([g for g in groups.values() if len(g) > 1])
def is_anagram(a, b):
    count = {}
    for c in a.replace(" ", "").lower():
        count[c] = count.get(c, 0) + 1
    for c in b.replace(" ", "").lower():
        count[c] = count.get(c, 0) - 1
    return all(v == 0 for v in count.values())
print(is_anagram("Dormitory", "Dirty room"), is_anagram("abc", "abd"))
print(sorted("hello world"), sorted("Hello", key=str.lower), "".join(reversed("stressed")))
num = 12321
print(str(num) == str(num)[::-1], [n for n in range(100, 200) if str(n) == str(n)[::-1]])
