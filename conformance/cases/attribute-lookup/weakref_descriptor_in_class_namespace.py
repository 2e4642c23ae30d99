# ---
# features: [attribute-lookup, classes, weakref]
# dialect: py3
# description: a new class gets a __weakref__ descriptor in its namespace unless a base already gives its instances weak references, its __slots__ leave it out, or its base is of variable size (int, tuple, bytes); instances of such classes refuse weak references
# ---
import weakref


class A:
    pass


class B(A):
    pass


class S:
    __slots__ = ("x",)


class SW:
    __slots__ = ("x", "__weakref__")


class SS(S):
    pass


class L(list):
    pass


class I(int):
    pass


class T(tuple):
    pass


class E(Exception):
    pass


class Z(set):
    pass


for cls in (A, B, S, SW, SS, L, I, T, E, Z):
    print(cls.__name__, "__weakref__" in vars(cls), hasattr(cls, "__weakref__"))

a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
print(type(vars(A)["__weakref__"]).__name__, vars(A)["__weakref__"].__name__)

for cls, args in ((S, ()), (I, (5,)), (T, ((1,),))):
    try:
        weakref.ref(cls(*args))
        print(cls.__name__, "weak reference made")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)

for cls, args in ((SW, ()), (SS, ()), (L, ()), (E, ()), (Z, ())):
    o = cls(*args)
    print(cls.__name__, weakref.ref(o)() is o)
