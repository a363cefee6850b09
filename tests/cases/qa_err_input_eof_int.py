x = int(input("Enter a number: "))
