# ---
# features: [threads, concurrency, exceptions]
# dialect: py3
# description: starting a thread twice raises RuntimeError
# ---
import threading
t = threading.Thread(target=lambda: None)
t.start()
t.join()
try:
    t.start()
except RuntimeError:
    print("RuntimeError")
