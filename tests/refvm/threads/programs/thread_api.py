# names, idents, enumerate, main_thread, errors of the Thread API
import sys
import threading
def f():
    me = threading.current_thread()
    print("in", me.name, me is not threading.main_thread(), me.ident == threading.get_ident())
t = threading.Thread(target=f)
print(t.name, t.ident, t.is_alive(), t.daemon)
t.start()
t.join()
print(threading.current_thread().name, threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=f).join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
hold = threading.Event()
u = threading.Thread(target=hold.wait, name="custom", daemon=True)
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
hold.set()
u.join()
class Mine(threading.Thread):
    def run(self):
        print("run of", self.name)
m = Mine()
m.start()
m.join()
print(repr(Mine(name="x")).startswith("<Mine(x, initial"))
sys.setswitchinterval(0.0012345)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
