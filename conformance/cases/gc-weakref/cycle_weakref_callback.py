# ---
# features: [gc-weakref, weakref, gc, implementation-defined]
# dialect: py3
# description: a weakref callback on a member of a dead cycle runs when the cycle is collected
# outcomes:
#   called-by-collect: "callback\ncollected\n"
#   asynchronous-collector: "collected\ncallback\n"
#   not-yet: "collected\n"
# ---
import gc
import weakref
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
r = weakref.ref(a, lambda ref: print("callback"))
del a, b
gc.collect()
print("collected")
