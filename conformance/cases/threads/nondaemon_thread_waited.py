# ---
# features: [threads, concurrency]
# dialect: py3
# description: the interpreter waits for non-daemon threads before exiting
# ---
import threading
import time
def late():
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=late).start()
print("main done")
