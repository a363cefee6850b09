def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []

def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s; n -= v
    return out

def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        if i + 1 < len(s) and m[ch] < m[s[i + 1]]:
            total -= m[ch]
        else:
            total += m[ch]
    return total

def compress(s):
    if not s: return s
    out, count = [], 1
    for a, b in zip(s, s[1:]):
        if a == b: count += 1
        else:
            out.append(f"{a}{count}"); count = 1
    out.append(f"{s[-1]}{count}")
    r = "".join(out)
    return r if len(r) < len(s) else s

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target: return mid, steps
        if xs[mid] < target: lo = mid + 1
        else: hi = mid - 1
    return -1, steps

def fizzbuzz(n):
    return ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, n + 1)]

def valid_parens_gen(n):
    res = []
    def bt(s, o, c):
        if len(s) == 2 * n: res.append(s); return
        if o < n: bt(s + "(", o + 1, c)
        if c < o: bt(s + ")", o, c + 1)
    bt("", 0, 0)
    return res

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def missing_number(nums):
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)

def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(roman(n)) == n for n in range(1, 4000)))
print(compress("aabcccccaaa"), compress("abc"), compress(""), compress("zzzzzzzzzzzz"))
xs = list(range(0, 1000, 3))
print(binary_search(xs, 999), binary_search(xs, 300), binary_search(xs, 301), binary_search([], 1))
print(" ".join(fizzbuzz(20)))
print(valid_parens_gen(3), len(valid_parens_gen(6)))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate(m), spiral([row[:] for row in m]), m)
print(missing_number([3, 0, 1]), missing_number(list(range(100)) [:50] + list(range(51, 101))))
print(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]))
print(sorted(set("hello world")) [1:], "".join(sorted(set("mississippi"), key="mississippi".index)))
def reverse_words(s): return " ".join(reversed(s.split()))
print(reverse_words("  the sky  is blue "), "hello"[::-1], int(str(-123)[:0:-1]) * -1, int(str(1200)[::-1]))
print(bin(37).count("1"), [bin(i).count("1") for i in range(9)], 37 & -37, (37).bit_length())
