# `o.__class__ = C` where C has __del__ and o's class had none: CPython
# finalizes o as a C when it dies; PyPy, which registers an object's finalizer
# when the object is made, never does.  The other way (a class with __del__ to
# one without): neither finalizes it.  And back and forth.
import gc


class Plain(object):
    pass


class Loud(object):
    def __del__(self):
        print("del", self.name)


def make(name, cls):
    o = cls()
    o.name = name
    return o


o = make("gained", Plain)
o.__class__ = Loud
print("assigned")
del o
gc.collect()
print("after gained")

o = make("lost", Loud)
o.__class__ = Plain
del o
gc.collect()
print("after lost")

o = make("twice", Plain)
o.__class__ = Loud
o.__class__ = Plain
o.__class__ = Loud
del o
gc.collect()
print("after twice")

keep = [make("kept %d" % i, Plain) for i in range(3)]
for k in keep:
    k.__class__ = Loud
keep = None
gc.collect()
print("end")
