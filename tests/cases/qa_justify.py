def full_justify(words, max_width):
    lines, cur, cur_len = [], [], 0
    for w in words:
        if cur_len + len(w) + len(cur) > max_width:
            gaps = len(cur) - 1 or 1
            spaces = max_width - cur_len
            for i in range(spaces):
                cur[i % gaps] += " "
            lines.append("".join(cur))
            cur, cur_len = [], 0
        cur.append(w)
        cur_len += len(w)
    lines.append(" ".join(cur).ljust(max_width))
    return lines

text = "This is an example of text justification that interview guides love to ask about endlessly."
for line in full_justify(text.split(), 20):
    print(f"|{line}|")
print()
for w in (10, 16):
    for line in full_justify("What must be acknowledgment shall be".split(), w):
        print("[" + line + "]")
print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "7".zfill(3), "-7".zfill(4))
def wrap(text, width):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line: out.append(line)
    return out
for l in wrap(text, 25):
    print(l.center(27, "."))
