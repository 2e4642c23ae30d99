# ---
# features: [mro, classes]
# dialect: py3
# description: a non-class base with __mro_entries__ is replaced by its result
# ---
class Proxy:
    def __mro_entries__(self, bases):
        return (Real,)
class Real:
    x = "real"
class C(Proxy()):
    pass
print([b.__name__ for b in C.__bases__])
print(C.x)
print(len(C.__orig_bases__))
