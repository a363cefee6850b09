print('about to read')
try:
    line = input()
    print('read', repr(line))
except EOFError as e:
    print('EOFError caught', repr(e))
try:
    input('prompt> ')
except EOFError:
    print()
    print('second EOFError')
