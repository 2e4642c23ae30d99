# description: four threads add 1 to an unlocked global counter 2,000 times each (a data race: lost updates are allowed, worth seeing)
# dialect: py2+3
# acceptable: 8000
# interesting: \d+
import threading

n = 0


def work():
    global n
    for _ in range(2000):
        n += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
