print(eval("2 + 3 * 4"))
