x = 5; name = "Ann"; items = [1, 2]
print(f"{x=}", f"{x*2=:>5}", f"{name=!r}", f"{name = }", f"{items[0]=}")
print(f"{x:>{x}}|", f"{3.14159:.{x-3}f}", f"{'nested ' + f'{x:03d}'}", f"{{literal}} {x}")
print(f"{name!r:>8}", f"{name!s}", f"{name:*<7}", f"{x:#b}", f"{x/3:.2%}", f"{1e6:,.0f}")
w = 10; p = 3
print(f"{3.14159:{w}.{p}}|", f"{'a' if x > 3 else 'b'}", f"{[i*i for i in range(3)]}", f"{dict(a=1)['a']}")
print(f"{x!r:^7}|", f"""{x
+ 1}""", f"{x:{'>'}{4}}", f'{"q"}', f"{x}{x}{x}")
val = 12.5
print(f"{val=:.3f}", f"{val=!s}", f"{ val = }")
print(f"{-x:+}", f"{x:+}", f"{x:=+5}", f"{x:0>4}", f"{x:x^5}", f"{-3.5:07.2f}", f"{True!r}", f"{None}")
