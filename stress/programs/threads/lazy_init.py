# description: eight threads race to initialise a shared object with an unlocked check-then-act (more than one initialisation is the race, worth seeing)
# dialect: py2+3
# acceptable: 1 1
# interesting: \d+ 1
import threading
import time

made = []
holder = {}
go = threading.Event()


def get():
    go.wait()
    if "obj" not in holder:
        made.append(1)
        time.sleep(0)
        holder["obj"] = object()
    return holder["obj"]


threads = [threading.Thread(target=get) for _ in range(8)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("%d %d" % (len(made), len(holder)))
