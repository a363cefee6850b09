print('abc'.upper())
'abc'.push('d')
