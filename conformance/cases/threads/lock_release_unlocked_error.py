# ---
# features: [threads, concurrency, exceptions]
# dialect: py3
# description: releasing an unlocked Lock raises RuntimeError
# ---
import threading
try:
    threading.Lock().release()
except RuntimeError:
    print("RuntimeError")
