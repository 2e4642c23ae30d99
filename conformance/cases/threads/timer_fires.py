# ---
# features: [threads, concurrency]
# dialect: py3
# description: threading.Timer runs its function after the delay, and cancel prevents it
# ---
import threading
t = threading.Timer(0.01, print, args=("fired",))
t.start()
t.join()
c = threading.Timer(10, print, args=("never",))
c.start()
c.cancel()
c.join()
print("end")
