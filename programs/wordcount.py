# Demo: string processing with dicts and sorting.
# Counts word frequencies in an embedded paragraph and prints them sorted by (-count, word).
# Run: cargo run --release -- run programs/wordcount.py

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way.
"""


def normalize(word):
    word = word.lower()
    out = ""
    for ch in word:
        if "a" <= ch and ch <= "z":
            out += ch
    return out


def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


counts = count_words(TEXT)
# Sort by (-count, word): most frequent first, ties alphabetically.
items = []
total = 0
for word, count in counts.items():
    items.append((-count, word))
    total += count
items.sort()
print(f"{total} words, {len(items)} distinct")
print("-" * 24)
for neg_count, word in items:
    count = -neg_count
    print(f"{word:<14}{count:>4}  {'#' * count}")
