# ---
# features: [threads, concurrency, exceptions]
# dialect: py3
# description: releasing an RLock from a thread that does not own it raises RuntimeError
# ---
import threading
r = threading.RLock()
r.acquire()
errors = []
def other():
    try:
        r.release()
    except RuntimeError:
        errors.append("RuntimeError")
t = threading.Thread(target=other)
t.start()
t.join()
print(errors)
