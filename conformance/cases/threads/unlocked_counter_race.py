# ---
# features: [threads, concurrency, implementation-defined]
# dialect: py3
# description: unsynchronized += from four threads may lose updates; under a GIL that switches rarely it usually does not
# outcomes:
#   no-lost-updates: "True\n"
#   lost-updates: "False\n"
# ---
import sys
import threading
sys.setswitchinterval(1e-6)
n = 0
def work():
    global n
    for _ in range(5000):
        n += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n == 20000)
