text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
def tokenize(s):
    words = []
    for raw in s.split():
        w = raw.strip('.,;:!?"\'').lower()
        if w:
            words.append(w)
    return words
words = tokenize(text)
print(len(words), 'words')
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print('%-12s %3d %s' % (word, count, '*' * count))
print('unique:', len(freq))
longest = max(freq, key=lambda w: (len(w), w))
print('longest:', longest)
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
once = sorted(w for w, c in freq.items() if c == 1)
print('hapax:', ', '.join(once))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(f"{'word':<10}|{'n':>4}")
for w, c in ranked[:3]:
    print(f'{w:<10}|{c:>4}')
