# class: thread-schedule
# Four threads increment a shared global without a lock, in 10 rounds.  CPython 3.11
# only switches threads at calls and backward jumps, so `n += 1` never loses an update
# there; PyPy's interpreter may switch between the read and the write of `n` and loses
# some.  (PyPy's JIT is turned off, as compiled loops switch only at their back edge:
# with it on, PyPy loses updates in about half the runs.)  refvm: exploring schedules
# finds both outcomes.
import sys
import threading

sys.setswitchinterval(1e-6)
try:
    import pypyjit
    pypyjit.set_param("off")
except ImportError:
    pass
n = 0


def work(gate):
    global n
    gate.wait()                     # all four start together, even on a loaded machine
    for _ in range(1000):
        n += 1


lost = 0
for _ in range(10):
    n = 0
    gate = threading.Event()
    threads = [threading.Thread(target=work, args=(gate,)) for _ in range(4)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    if n < 4000:
        lost += 1
print("lost updates" if lost else "no lost updates")
