def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - ord('A') + shift) % 26 + ord('A')))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    res = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt: k = -k
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)

def rot13(s):
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                          "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
    return s.translate(table)

msg = "Hello, World! Attack at Dawn."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 29) == enc)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
print(rot13(msg), rot13(rot13(msg)))
def crack(ciphertext):
    best = None
    for s in range(26):
        cand = caesar(ciphertext, -s)
        score = sum(cand.lower().count(c) for c in "etaoin ")
        if best is None or score > best[0]:
            best = (score, s, cand)
    return best
print(crack(caesar("the quick brown fox jumps over the lazy dog", 11)))
print([ord(c) for c in "AZaz09"], "".join(chr(x) for x in range(65, 91, 5)))
print(str.maketrans("ab", "xy"))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
