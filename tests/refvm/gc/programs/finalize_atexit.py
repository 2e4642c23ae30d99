# weakref.finalize: runs once, when the object dies or at exit (atexit order).
import atexit
import gc
import weakref


class Res:
    pass


def done(name):
    print("finalized", name)


a = Res()
fa = weakref.finalize(a, done, "a")
print("alive", fa.alive)
del a
gc.collect()
print("after collect alive", fa.alive)
b = Res()
fb = weakref.finalize(b, done, "b")
print("call:", fb(), fb.alive, fb())
c = Res()
fc = weakref.finalize(c, done, "c at exit")
d = Res()
fd = weakref.finalize(d, done, "d detached")
print("detach:", fd.detach() is not None)
e = Res()
fe = weakref.finalize(e, done, "e no atexit")
fe.atexit = False
atexit.register(print, "atexit handler")
print("end")
