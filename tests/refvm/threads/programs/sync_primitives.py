# Event, Semaphore, BoundedSemaphore, RLock, Timer, Lock errors
import threading
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(20):
            pass
        with guard:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak[0] <= 2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
print(sem.acquire(timeout=0.01))
r = threading.RLock()
with r:
    with r:
        print("reentrant")
def other_release():
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError", e)
r.acquire()
t = threading.Thread(target=other_release)
t.start()
t.join()
r.release()
lk = threading.Lock()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=["cancelled"])
tc.start()
tc.cancel()
tc.join()
print(fired)
ev = threading.Event()
res = []
def setter():
    res.append("setting")
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(), res, ev.is_set())
