# _thread directly: start_new_thread, allocate_lock, get_ident
import _thread
import time
done = _thread.allocate_lock()
done.acquire()
idents = []
def work(a, b, c=0):
    idents.append(_thread.get_ident())
    print("work", a + b + c)
    done.release()
_thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(len(idents), idents[0] != _thread.get_ident())
try:
    _thread.start_new_thread(work, [1, 2])
except TypeError as e:
    print("TypeError", e)
lk = _thread.allocate_lock()
print(type(lk).__name__, lk.acquire(), lk.locked())
