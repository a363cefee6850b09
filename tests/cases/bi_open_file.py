fname = 'bi_open_file.tmp'
with open(fname, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\n')
    f.write('third\n')
print('wrote', n)
with open(fname) as f:
    print(repr(f.read()))
with open(fname, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(fname) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open(fname, 'a') as f:
    f.write('appended\n')
with open(fname) as f:
    lines = f.readlines()
print(lines, len(lines))
f = open(fname)
print(f.read(4), repr(f.read(5)))
f.close()
print(f.closed)
with open(fname, 'w') as f:
    print('via print', 42, file=f)
    f.write('héllo 日本\n')
with open(fname) as f:
    content = f.read()
print(repr(content), len(content))
with open(fname) as f:
    print([l.strip() for l in f])
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, isinstance(e, OSError))
try:
    open('also_missing.txt')
except OSError as e:
    print('OSError:', e)
