# weakref.proxy forwards to its object and fails once the object is gone.
import gc
import weakref


class Box:
    def __init__(self):
        self.value = 41

    def bump(self):
        self.value += 1
        return self.value


box = Box()
p = weakref.proxy(box)
print(p.value, p.bump(), box.value)
p.value = 7
print(box.value)
del box
gc.collect()
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
