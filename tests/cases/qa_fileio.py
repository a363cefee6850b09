import os
FN = f"qa_fileio_{os.getpid()}.tmp"
with open(FN, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third line", file=f)
    f.writelines(["4\n", "5\n"])
with open(FN) as f:
    print(repr(f.read()))
with open(FN) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(FN, "a") as f:
    f.write("appended\n")
with open(FN, "r") as f:
    lines = f.readlines()
print(lines, len(lines))
with open(FN) as f:
    print(repr(f.readline()), repr(f.readline().strip()), f.read(4))
print(os.path.exists(FN), os.path.isfile(FN), os.path.isdir(FN), os.path.getsize(FN))
words = {}
with open(FN) as f:
    for line in f:
        for w in line.split():
            words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
f = open(FN)
print(f.closed, f.name == FN, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(FN)
print(os.path.exists(FN))
try:
    open(FN)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename == FN, str(e).startswith("[Errno 2]"))
except OSError as e:
    print("OSError", e)
try:
    with open(f"nodir_{os.getpid()}/x.txt", "w") as f:
        pass
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
DIR = f"qa_fileio_dir_{os.getpid()}.tmp"
os.makedirs(DIR, exist_ok=True)
for n in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(DIR, n), "w") as fh:
        fh.write(n * 3)
print(sorted(os.listdir(DIR)), [n for n in sorted(os.listdir(DIR)) if n.endswith(".txt")])
for n in os.listdir(DIR):
    os.remove(os.path.join(DIR, n))
os.rmdir(DIR)
print(os.path.exists(DIR))
csv = "name,age,city\nAnn,30,Paris\nBob,25,Rome\nCid,35,Oslo\n"
with open(FN, "w") as f:
    f.write(csv)
with open(FN) as f:
    header = f.readline().strip().split(",")
    rows = [dict(zip(header, line.strip().split(","))) for line in f]
print(rows)
print(sum(int(r["age"]) for r in rows) / len(rows), max(rows, key=lambda r: int(r["age"]))["name"])
os.remove(FN)
print(os.environ.get("QA_UNSET_VAR_XYZ", "unset"), type(os.getcwd()).__name__, os.path.isabs("/x"))
