# ---
# features: [threads, concurrency]
# dialect: py3
# description: Queue.join waits until every item is marked done
# ---
import queue
import threading
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        done.append(item)
        q.task_done()
threading.Thread(target=worker, daemon=True).start()
for i in range(4):
    q.put(i)
q.join()
print(sorted(done))
