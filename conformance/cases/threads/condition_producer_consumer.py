# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: a Condition hands items from producer to consumer in order
# ---
import threading
cond = threading.Condition()
items = []
got = []
def consumer():
    for _ in range(3):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(got)
