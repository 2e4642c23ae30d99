# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: an object whose __class__ is set to a class with __del__ is finalized as an instance of it (CPython), or never, its finalizer decided when it was made (PyPy)
# outcomes:
#   finalized: "assigned\ndel switched\nafter\n"
#   not-run: "assigned\nafter\n"
# ---
class Plain(object):
    pass
class Loud(object):
    def __del__(self):
        print("del " + self.name)
o = Plain()
o.name = "switched"
o.__class__ = Loud
print("assigned")
del o
print("after")
