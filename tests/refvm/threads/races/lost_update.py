# expect: 100
# two threads do `n += 1` without a lock: LOAD, ADD, STORE can interleave
import threading
n = 0
def work():
    global n
    for _ in range(50):
        n += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
