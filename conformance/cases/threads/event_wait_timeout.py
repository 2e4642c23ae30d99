# ---
# features: [threads, concurrency]
# dialect: py3
# description: Event.wait with a timeout returns False when never set
# ---
import threading
e = threading.Event()
print(e.wait(0.01))
e.set()
print(e.wait(0.01))
