# gc.disable(): CPython still frees by reference count; PyPy's explicit
# gc.collect() still collects.  Cycles wait for a collection in both.
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.disable()
print("enabled:", gc.isenabled())
n = N("plain")
del n
print("after plain")
c = N("cycle")
c.me = c
del c
print("after cycle")
for i in range(2000):
    x = N("churn") if i == 0 else None
    t = [i]
    t.append(t)
print("after churn")
gc.collect()
print("after collect")
gc.enable()
print("enabled:", gc.isenabled())
