# ---
# features: [threads, concurrency, exceptions]
# dialect: py3
# description: releasing a BoundedSemaphore too often raises ValueError
# ---
import threading
s = threading.BoundedSemaphore(1)
s.acquire()
s.release()
try:
    s.release()
except ValueError:
    print("ValueError")
