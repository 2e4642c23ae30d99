# ---
# features: [gc-weakref, gc]
# dialect: py3
# description: gc.collect() counts what a class that died in a cycle held (the class, its namespace, its __dict__ and __weakref__ descriptors, its __bases__ and __mro__ tuples, its functions and slot members); a subclass with an atomic namespace counts fewer, and a class that outlived a collection does not count its (object,) bases tuple, which that collection untracked
# ---
import gc

gc.collect()


class A:
    pass


del A
print("plain", gc.collect())


class B:
    def m(self):
        pass
    x = 1


del B
print("method", gc.collect())


class S:
    __slots__ = ("a",)


del S
print("slots", gc.collect())


class L(list):
    pass


del L
print("list subclass", gc.collect())


class Base:
    pass


class Sub(Base):
    pass


del Sub
print("subclass", gc.collect())
del Base
print("base that outlived a collection", gc.collect())
