# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: increments under a lock from several threads are never lost
# ---
import threading
lock = threading.Lock()
count = [0]
def work():
    for _ in range(2000):
        with lock:
            count[0] += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count[0])
