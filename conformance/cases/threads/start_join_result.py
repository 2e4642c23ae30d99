# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: a thread's work is visible after join
# ---
import threading
results = []
def work(n):
    results.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
