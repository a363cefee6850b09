# gilsim-test: all-gils
import threading
x = 1
def spin():
    while True:
        x
threading.Thread(target=spin, daemon=True).start()
print("bye")
