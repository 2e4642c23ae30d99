# ---
# features: [threads, concurrency, exceptions]
# dialect: py3
# description: an exception in a thread does not propagate to the main thread
# ---
import threading
def boom():
    raise ValueError("in thread")
threading.excepthook = lambda args: print("hook", args.exc_type.__name__)
t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues")
