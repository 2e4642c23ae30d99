# a bounded buffer guarded by one Condition; the consumer sees items in order
import threading
buf = []
cond = threading.Condition()
got = []
DONE = object()
def producer():
    for i in range(12):
        with cond:
            while len(buf) >= 3:
                cond.wait()
            buf.append(i)
            cond.notify_all()
    with cond:
        buf.append(DONE)
        cond.notify_all()
def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.pop(0)
            cond.notify_all()
        if item is DONE:
            break
        got.append(item * item)
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(got)
print(cond.wait_for(lambda: True, timeout=0.01) if cond.acquire() else None)
cond.release()
