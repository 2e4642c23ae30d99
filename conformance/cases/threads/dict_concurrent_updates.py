# ---
# features: [threads, concurrency]
# dialect: py3
# description: concurrent dict writes to distinct keys are all kept
# ---
import threading
d = {}
def work(base):
    for i in range(500):
        d[base + i] = i
ts = [threading.Thread(target=work, args=(k * 1000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d))
