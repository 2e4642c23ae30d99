# description: 200 dead two-object cycles whose objects have __del__ and a weakref callback, then collections; how many finalizers and callbacks ran (all of them: CPython; fewer: allowed but worth seeing; more than one per object is forbidden)
# dialect: py2+3
# acceptable: finalizers 400 callbacks 400
# interesting: finalizers ([0-9]|[1-9][0-9]|[1-3][0-9][0-9]|400) callbacks ([0-9]|[1-9][0-9]|[1-3][0-9][0-9]|400)
import gc
import weakref

finalized = []
called = []
refs = []


class Node(object):
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        finalized.append(self.name)


for i in range(200):
    a, b = Node(("a", i)), Node(("b", i))
    a.other, b.other = b, a
    refs.append(weakref.ref(a, lambda r: called.append(1)))
    refs.append(weakref.ref(b, lambda r: called.append(1)))
    del a, b
for _ in range(3):
    gc.collect()
print("finalizers %d callbacks %d" % (len(set(finalized)) if len(set(finalized)) == len(finalized) else 10 ** 6, len(called)))
