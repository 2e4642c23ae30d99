# a daemon thread still running (or blocked) at exit is not waited for;
# a non-daemon one is
import threading
import time
forever = threading.Event()
def spin():
    forever.wait()
    print("never printed")
def late():
    time.sleep(0.05)
    print("non-daemon finished")
d = threading.Thread(target=spin, daemon=True)
d.start()
threading.Thread(target=late).start()
print("main ends", d.daemon, d.is_alive())
