# the main thread dies of an exception: its traceback first, then the
# interpreter still waits for the non-daemon thread, and the status is 1
import threading
import time
def late():
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=late).start()
print("main fails")
raise RuntimeError("main is done for")
