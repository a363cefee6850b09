# Benchmark: string building and manipulation.
# Measures += concatenation, str(i) + str.join, f-strings, % formatting, split/replace.
# Run: cargo run --release -- run programs/bench/strings.py


def concat_loop(rounds):
    # Strings stay short (a few hundred chars) so the cost is per-operation,
    # not dominated by quadratic copying in implementations without
    # CPython's in-place += optimisation.
    total = 0
    for r in range(rounds):
        s = ""
        for i in range(40):
            s += "x"
            if i % 10 == 0:
                s += str(r + i)
        total += len(s)
    return total


def join_numbers(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return ",".join(parts)


def fstrings(n):
    total = 0
    for i in range(n):
        line = f"item {i}: value={i * 3} half={i / 2:.1f} tag={'even' if i % 2 == 0 else 'odd'}"
        total += len(line)
    return total


def percent_format(n):
    total = 0
    for i in range(n):
        line = "%d-%s-%05d-%.2f" % (i, "abc", i % 1000, i * 0.5)
        total += len(line)
    return total


def split_replace(text, rounds):
    total = 0
    for r in range(rounds):
        words = text.split(",")
        total += len(words)
        t = text.replace("1", "one")
        total += len(t)
        t = t.replace("one", "1")
        total += len(t.split())
        total += len(" ".join(words[r % 7:]).upper())
    return total


def main():
    checksum = 0
    checksum += concat_loop(12000)
    joined = join_numbers(300000)
    checksum += len(joined)
    checksum += fstrings(150000)
    checksum += percent_format(150000)
    checksum += split_replace(joined[:20000], 250)
    print(checksum)


main()
