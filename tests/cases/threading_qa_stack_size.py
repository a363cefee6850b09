# gilsim-test: all-gils
import threading
print(threading.stack_size(), threading.stack_size(1<<20), threading.stack_size())
t=threading.Thread(target=print, args=("ok",)); t.start(); t.join()
