# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: Event.wait returns once another thread sets the event
# ---
import threading
e = threading.Event()
out = []
def waiter():
    e.wait()
    out.append("woken")
t = threading.Thread(target=waiter)
t.start()
out.append("setting")
e.set()
t.join()
print(out)
print(e.is_set())
