# ---
# features: [threads, concurrency]
# dialect: py3
# description: queue.Queue delivers items in FIFO order across threads
# ---
import queue
import threading
q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item)
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
t.join()
print(out)
