# ---
# features: [gc-weakref, gc]
# dialect: py3
# description: gc.disable and gc.enable toggle gc.isenabled
# ---
import gc
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
