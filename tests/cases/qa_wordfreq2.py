TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

def tokenize(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch.isspace() else " "
    return cleaned.split()

words = tokenize(TEXT)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<12}{'count':>5}  bar")
print("-" * 30)
for word, count in top[:8]:
    print(f"{word:<12}{count:>5}  {'#' * count}")
print(len(words), len(freq))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(max(words, key=len), min(freq, key=lambda w: (freq[w], w)))
longest_line = max(TEXT.splitlines(), key=len)
print(len(longest_line), longest_line.title()[:30])
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
