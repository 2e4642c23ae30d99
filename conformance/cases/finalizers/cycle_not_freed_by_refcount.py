# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py3
# description: a cycle is not reclaimed by reference counting alone; only a collection finalizes it
# outcomes:
#   collected-at-collect: "dropped\ndel\ncollected\n"
#   asynchronous-finalizer: "dropped\ncollected\ndel\n"
# ---
import gc
gc.disable()
class Node:
    def __del__(self):
        print("del")
n = Node()
n.self_ref = n
del n
print("dropped")
gc.collect()
print("collected")
