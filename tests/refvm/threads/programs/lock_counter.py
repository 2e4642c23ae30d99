# four threads add under a lock: never a lost update
import threading
n = 0
lock = threading.Lock()
def work():
    global n
    for _ in range(150):
        with lock:
            n += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
