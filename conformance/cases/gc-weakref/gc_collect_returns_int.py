# ---
# features: [gc-weakref, gc]
# dialect: py3
# description: gc.collect() returns an int count
# ---
import gc
print(isinstance(gc.collect(), int))
