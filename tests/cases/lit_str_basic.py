s = 'hello'
t = "world"
print(s, t, s + ' ' + t)
print('tab\there', 'new\nline')
print('back\\slash', 'quote\'s', "dq\"s")
print('\x41\x42\x43', '\u00e9', '\u65e5\u672c')
print('héllo', '日本', len('héllo'), len('日本'))
print('''triple
quoted''', """also
triple""")
print(r'raw\nstring', r'C:\path\to', len(r'\n'))
print('implicit' ' concat' " mixed")
x = ('multi'
     'line'
     'concat')
print(x)
print('', len(''), repr(''))
print('a' * 3, 3 * 'ab', 'x' * 0, 'y' * -1)
print('abc'[0], 'abc'[-1], 'abc'[1:], 'abc'[::-1])
print('\101\102', '\0' == '\x00', len('\0'))
print('bell\a'.replace('\a', '<BEL>'))
print(str(123), str(-1.5), str(True), str(None), str([1, 'a']))
print('caf\u00e9' == 'café')
print("it's", 'say "hi"')
print('a\
b')
