# ---
# features: [descriptors, attribute-lookup, classes]
# dialect: py3
# description: which exception deleting or setting special attributes raises - del o.__class__ is a TypeError, deleting a class's __name__, __qualname__ or __bases__ is a TypeError, __mro__ is a read-only member; a descriptor type with only __delete__ is a data descriptor, so assigning through it raises AttributeError('__set__') (and one with only __set__ raises AttributeError('__delete__') on deletion); del o.__dict__ drops the instance's attributes; a class's __weakref__ is its getset descriptor
# ---
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")


class C:
    so = SetOnly()
    do = DelOnly()


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


c = C()
attempt("set so", lambda: setattr(c, "so", 1))
attempt("del so", lambda: delattr(c, "so"))
attempt("set do", lambda: setattr(c, "do", 1))
attempt("del do", lambda: delattr(c, "do"))
attempt("del __class__", lambda: delattr(c, "__class__"))
for name in ("__name__", "__qualname__", "__bases__", "__mro__"):
    attempt("del C." + name, lambda: delattr(C, name))
attempt("set C.__mro__", lambda: setattr(C, "__mro__", ()))
c.x = 1
del c.__dict__
print("after del __dict__", c.__dict__, hasattr(c, "x"))
print(type(C.__weakref__).__name__, C.__weakref__.__name__)
