for n in [-5, 0, 3, 10, 100]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 10:
        print(n, 'small')
    else:
        print(n, 'large')
if []:
    print('no')
elif {}:
    print('no')
elif 'x':
    print('yes string')
if 0: pass
else: print('else branch')
x = 5
if x > 1:
    if x > 3:
        print('nested > 3')
    else:
        print('nested <= 3')
if x: print('one-liner'); print('two')
