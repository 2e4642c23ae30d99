# ---
# features: [threads, concurrency]
# dialect: py3
# description: a Barrier releases all parties together and gives each a distinct index
# ---
import threading
b = threading.Barrier(3)
idx = []
lock = threading.Lock()
def work():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx))
