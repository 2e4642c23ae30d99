# ---
# features: [threads, concurrency]
# dialect: py3
# description: a Semaphore(2) allows at most two holders at a time
# ---
import threading
import time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
def work():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2)
print(active[0])
