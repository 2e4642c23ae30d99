# description: one thread iterates a dict while another inserts and deletes keys (RuntimeError or a clean pass are fine; anything else is forbidden)
# dialect: py2+3
# acceptable: (done|changed-size) 2000
import threading

d = dict((i, i) for i in range(100))
stop = []
seen = []


def mutate():
    i = 1000
    while not stop:
        d[i] = i
        del d[i]
        i += 1


def iterate():
    result = "done"
    for _ in range(2000):
        try:
            for k in d:
                pass
        except RuntimeError:
            result = "changed-size"
        seen.append(1)
    return result


m = threading.Thread(target=mutate)
m.start()
try:
    result = iterate()
finally:
    stop.append(1)
    m.join()
print("%s %d" % (result, len(seen)))
