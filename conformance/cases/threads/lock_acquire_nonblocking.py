# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: a held lock cannot be acquired without blocking
# ---
import threading
l = threading.Lock()
print(l.acquire())
print(l.acquire(False))
l.release()
print(l.acquire(False))
l.release()
