# expect: done
# two locks taken in opposite orders: a deadlock when both take their first
import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
t1 = threading.Thread(target=one, name="first")
t2 = threading.Thread(target=two, name="second")
t1.start()
t2.start()
t1.join()
t2.join()
print("done")
