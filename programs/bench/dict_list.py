# Benchmark: dict and list churn.
# Measures dict insert/update/delete/lookup with int and str keys, list append/pop/index/slicing, sorting.
# Run: cargo run --release -- run programs/bench/dict_list.py


def dict_int_churn(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    for i in range(0, n, 3):
        d[i] = d[i] + 1
    for i in range(0, n, 2):
        del d[i]
    total = 0
    for k in d:
        total += d[k]
    for i in range(n):
        if i in d:
            total += 1
        total += d.get(i, 0)
    return total + len(d)


def dict_str_churn(n):
    d = {}
    keys = []
    for i in range(n):
        keys.append("k" + str(i % 5000))
    for k in keys:
        d[k] = d.get(k, 0) + 1
    for i in range(0, 5000, 7):
        k = "k" + str(i)
        if k in d:
            del d[k]
    total = 0
    for k, v in d.items():
        total += v + len(k)
    for k in sorted(d.keys())[:100]:
        total += d[k]
    d.update({"extra": 1, "more": 2})
    d.pop("extra")
    return total + len(d) + sum(d.values())


def list_churn(n):
    lst = []
    total = 0
    for i in range(n):
        lst.append(i * 7 % 1001)
        if i % 3 == 0:
            total += lst.pop()
    for i in range(0, len(lst), 50):
        total += lst[i]
        lst[i] = -lst[i]
    total += lst.index(lst[len(lst) // 2])
    for i in range(200):
        chunk = lst[i * 10:i * 10 + 100]
        total += len(chunk) + chunk[0] + chunk[-1]
    total += sum(lst[::3]) + len(lst[-500:])
    while len(lst) > n // 2:
        total += lst.pop()
    lst.insert(0, 5)
    total += lst[0] + len(lst)
    return total


def sort_churn(n, rounds):
    total = 0
    for r in range(rounds):
        data = []
        for i in range(n):
            data.append((i * 7919 + r * 31) % 10007)
        data.sort()
        total += data[0] + data[-1] + data[n // 2]
        words = []
        for x in data[:2000]:
            words.append(str(x))
        words.sort()
        total += len(words[0]) + len(words[-1])
        pairs = []
        for x in data[:2000]:
            pairs.append((x % 13, -x))
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
        rev = sorted(data, reverse=True)
        total += rev[0] - rev[-1]
    return total


def set_tuple_mix(n):
    seen = set()
    total = 0
    for i in range(n):
        key = (i % 97, i % 89)
        if key in seen:
            total += 1
        else:
            seen.add(key)
    return total + len(seen)


def main():
    checksum = 0
    checksum += dict_int_churn(300000)
    checksum += dict_str_churn(300000)
    checksum += list_churn(300000)
    checksum += sort_churn(10000, 20)
    checksum += set_tuple_mix(200000)
    print(checksum)


main()
