float('not a number')
