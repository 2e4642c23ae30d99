# Dead cycles: CPython (PEP 442) finalizes every member at the collection that
# finds the cycle; PyPy one finalizer per cycle, the next at a later collection.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("dropped pair")
gc.collect()
print("collect 1")
gc.collect()
print("collect 2")
ring = [Node("r%d" % i) for i in range(3)]
for i in range(3):
    ring[i].peer = ring[(i + 1) % 3]
del ring
gc.collect()
print("collect 3")
gc.collect()
print("collect 4")
gc.collect()
print("end")
