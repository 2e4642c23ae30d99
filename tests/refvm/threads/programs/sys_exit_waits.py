# sys.exit in the main thread still waits for non-daemon threads; SystemExit in
# a thread only ends that thread
import sys
import threading
go = threading.Event()
def worker():
    go.wait()
    print("worker finishes after main's exit")
    sys.exit(5)
threading.Thread(target=worker).start()
print("main exits")
go.set()
sys.exit(3)
