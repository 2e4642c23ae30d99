# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py3
# description: a finalizer that resurrects its object is not called again when the object dies a second time (PEP 442)
# outcomes:
#   finalized-once: "del\nresurrected\nend\n"
#   not-yet-finalized: "not yet\nend\n"
#   asynchronous-finalizer: "not yet\ndel\nend\n"
#   asynchronous-after-end: "not yet\nend\ndel\n"
# ---
import gc
saved = []
class R:
    def __del__(self):
        print("del")
        saved.append(self)
r = R()
del r
gc.collect()
print("resurrected" if saved else "not yet")
del saved[:]
gc.collect()
print("end")
