# queue.Queue with a bounded size, task_done/join, and LifoQueue/SimpleQueue
import queue
import threading
q = queue.Queue(maxsize=2)
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item + 100)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(2)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
q.join()
for w in ws:
    q.put(None)
for w in ws:
    w.join()
print(sorted(results), q.empty(), q.qsize())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
try:
    q.get_nowait()
except queue.Empty:
    print("empty now")
full = queue.Queue(1)
full.put("x")
try:
    full.put("y", timeout=0.01)
except queue.Full:
    print("full after timeout")
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(5)])
t.start()
print([sq.get() for _ in range(5)], sq.empty())
t.join()
pq = queue.PriorityQueue()
for x in (5, 1, 3):
    pq.put(x)
print([pq.get() for _ in range(3)])
