# class: thread-schedule
# Four threads increment a shared global without a lock, in 20 rounds.  CPython 3.11
# only switches threads at function calls and backward jumps, so `n += 1` never loses
# an update there; PyPy switches inside it (in most runs, some round loses one).
# refvm: exploring schedules finds both outcomes.
import sys
import threading

sys.setswitchinterval(1e-6)
n = 0


def work():
    global n
    for _ in range(2000):
        n += 1


lost = 0
for _ in range(20):
    n = 0
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if n < 8000:
        lost += 1
print("lost updates" if lost else "no lost updates")
