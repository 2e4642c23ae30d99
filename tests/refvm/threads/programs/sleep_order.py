# sleepers wake in the order of their sleep lengths
import threading
import time
order = []
lock = threading.Lock()
def sleeper(d):
    time.sleep(d)
    with lock:
        order.append(d)
ts = [threading.Thread(target=sleeper, args=(d,)) for d in (0.06, 0.02, 0.04)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
time.sleep(0)
