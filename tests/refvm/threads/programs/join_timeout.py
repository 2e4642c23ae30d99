# join(timeout) returns while the thread is still alive; a later join finishes
import threading
go = threading.Event()
def waiter():
    go.wait()
t = threading.Thread(target=waiter)
t.start()
t.join(timeout=0.02)
print("alive after timeout:", t.is_alive())
t.join(0)
print("still alive:", t.is_alive())
go.set()
t.join()
print("alive after set:", t.is_alive())
print(go.wait(0.01), threading.Event().wait(0.01))
