# description: four threads add 1 to a global counter 2,000 times each under a Lock (a lost update is forbidden)
# dialect: py2+3
# acceptable: 8000
import threading

n = 0
lock = threading.Lock()


def work():
    global n
    for _ in range(2000):
        with lock:
            n += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
