# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: a dead reference cycle whose member has __del__ is finalized by gc.collect() (PEP 442), possibly asynchronously
# outcomes:
#   finalized-by-collect: "del\nafter collect\n"
#   asynchronous-finalizer: "after collect\ndel\n"
# ---
import gc
class Node(object):
    def __del__(self):
        print("del")
class Plain(object):
    pass
a = Node()
b = Plain()
a.peer = b
b.peer = a
del a, b
gc.collect()
print("after collect")
