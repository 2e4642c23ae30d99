# ---
# features: [threads, concurrency]
# dialect: py3
# description: join with a timeout returns while the thread is still alive
# ---
import threading
e = threading.Event()
t = threading.Thread(target=e.wait)
t.start()
t.join(0.01)
print(t.is_alive())
e.set()
t.join()
print(t.is_alive())
