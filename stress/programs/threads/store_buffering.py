# description: store buffering (x = 1; r1 = y || y = 1; r2 = x) 300 times; the set of (r1, r2) seen; (0, 0) needs a reordering no Python memory model promises against, so it is interesting
# dialect: py2+3
# acceptable: (?:(?:0,1|1,0|1,1) ?)+
# interesting: .*0,0.*
import threading

seen = set()
for _ in range(300):
    box = {"x": 0, "y": 0}
    r = [None, None]
    go = threading.Event()

    def left():
        go.wait()
        box["x"] = 1
        r[0] = box["y"]

    def right():
        go.wait()
        box["y"] = 1
        r[1] = box["x"]

    threads = [threading.Thread(target=left), threading.Thread(target=right)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    seen.add("%d,%d" % (r[0], r[1]))
print(" ".join(sorted(seen)))
