# expect: 100
# the same counter under a lock: never splits
import threading
n = 0
lock = threading.Lock()
def work():
    global n
    for _ in range(50):
        with lock:
            n += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
