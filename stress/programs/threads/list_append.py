# description: four threads append 2,000 items each to one shared list (list.append is atomic on every engine: a lost or torn item is forbidden)
# dialect: py2+3
# acceptable: 8000 8000
import threading

items = []


def work(k):
    for i in range(2000):
        items.append(k * 2000 + i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("%d %d" % (len(items), len(set(items))))
