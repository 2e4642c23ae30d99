# ---
# features: [threads, concurrency]
# dialect: py3
# description: the interpreter waits for non-daemon threads before exiting
# ---
import threading
import time
printed = threading.Event()
def late():
    printed.wait()
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=late).start()
print("main done")
printed.set()
