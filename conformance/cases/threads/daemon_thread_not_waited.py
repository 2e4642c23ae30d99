# ---
# features: [threads, concurrency]
# dialect: py3
# description: the program exits without waiting for a blocked daemon thread
# ---
import threading
e = threading.Event()
t = threading.Thread(target=e.wait, daemon=True)
t.start()
print(t.daemon)
print("exiting")
