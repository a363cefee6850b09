print("hello")
if True
    print("missing colon")
