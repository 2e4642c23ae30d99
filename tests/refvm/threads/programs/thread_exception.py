# an exception in a thread: the default excepthook prints it; a custom hook
# gets its fields; SystemExit is silent; main goes on
import sys
import threading
def boom():
    raise ValueError("bad value %d" % 42)
t = threading.Thread(target=boom, name="worker-1")
t.start()
t.join()
print("main continues", t.is_alive())
def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="div")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__
def nested():
    def inner():
        raise KeyError("k")
    inner()
t = threading.Thread(target=nested)
t.start()
t.join()
print("end")
