x = 3.14159
n = 1234567
s = 'hi'
print(f'{x}|{x:.2f}|{x:08.3f}|{x:>10}|{x:<10}|{x:^10}|')
print(f'{n:,}|{n:_}|{n:x}|{n:X}|{n:o}|{n:b}|{n:e}|{n:>12,}|')
print(f'{0.256:%}|{0.256:.1%}|{1.5:e}|{1234.5:.2e}|{0.000012345:g}|{123456789.0:g}|')
print(f'{s!r}|{s!s}|{s:>5}|{s:*^6}|{s:-<4}|{s:.1}|')
w = 8
p = 3
print(f'{x:{w}.{p}f}|{s:>{w}}|{n:{w},}')
print(f'{n:+}|{-n:+}|{n: }|{42:05d}|{-42:05d}|{42:=+6d}|')
print(f'{"quoted"}|{"nested " + s}|{[1, 2]}|{ {"a": 1} }|{(1, 2)}|')
print(f'{x!r:>12}|{s!r:^8}|')
print(f'{1 + 2}={3}', f'{"yes" if n > 0 else "no"}', f'{len(s)}')
print(f'{{literal}} {{{n}}}')
print(f'{255:#x}|{255:#o}|{5:#b}|{255:08b}|{65:c}|')
print(f'{True}|{None}|{True:d}|{3:.2f}|{2 ** 70}')
print(f'{1e16}|{1e-7}|{-0.0}|{float("inf")}|{float("nan"):>5}|')
print(f'{12.0:g}|{12.5:.0f}|{13.5:.0f}|{0.125:.2f}|{0.375:.2f}|')
print(f'{"abc":>{w}}|{3:<{p}}|')
name = 'World'
print(f'Hello, {name}!' f' {len(name)} chars')
items = ['a', 'b']
print(f'{items[0]}{items[-1]} {"-".join(items)} {items!r}')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'x={x}')
print(f'{1234.5678:,.2f}|{-1234.5678:,.1f}|{1e6:,.0f}')
print(f'{7:3}|{"a":3}|{7.5:6}|')
