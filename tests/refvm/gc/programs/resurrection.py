# PEP 442: a finalizer may resurrect its object; it never runs twice.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("p")
del p
gc.collect()
print("saved", [s.name for s in saved])
saved.clear()
print("cleared")
gc.collect()
gc.collect()
print("gc.garbage", gc.garbage)
c = Phoenix("cyc")
c.me = c
del c
gc.collect()
print("saved", [s.name for s in saved])
saved.clear()
gc.collect()
print("end")
