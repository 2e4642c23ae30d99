# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: an RLock can be acquired repeatedly by its owner
# ---
import threading
r = threading.RLock()
with r:
    with r:
        print("nested")
print(r.acquire(False))
r.release()
