# description: four threads insert disjoint keys into one shared dict (a missing key is a torn container: forbidden)
# dialect: py2+3
# acceptable: 8000 ok
# (int keys: Grumpy 0.3 loses tuple keys even without threads, see docs/stress.md)
import threading

d = {}


def work(k):
    for i in range(2000):
        d[k * 2000 + i] = i


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ok = all(d[k * 2000 + i] == i for k in range(4) for i in range(2000))
print("%d %s" % (len(d), "ok" if ok else "wrong-values"))
