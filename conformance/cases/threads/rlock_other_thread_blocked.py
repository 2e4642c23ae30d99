# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: an RLock held by one thread cannot be taken by another
# ---
import threading
r = threading.RLock()
r.acquire()
got = []
def other():
    got.append(r.acquire(False))
t = threading.Thread(target=other)
t.start()
t.join()
print(got)
r.release()
