# ---
# features: [attribute-lookup, classes]
# dialect: py3
# description: instances of a subclass of list, int, str, dict, tuple or float have a __dict__ (vars() works) given by a __dict__ descriptor in the subclass's namespace; with empty __slots__ they have none
# ---
class L(list):
    pass


class I(int):
    pass


class S(str):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class F(float):
    pass


for cls, args in ((L, ()), (I, (5,)), (S, ("s",)), (D, ()), (T, ()), (F, (1.5,))):
    o = cls(*args)
    o.x = 1
    print(cls.__name__, "__dict__" in vars(cls), vars(o), o.__dict__ is vars(o))
    o.__dict__ = {"y": 2}
    print(o.y, hasattr(o, "x"))


class LS(list):
    __slots__ = ()


o = LS()
try:
    o.x = 1
except AttributeError:
    print("AttributeError")         # (3.13 and later add to the message)
print(hasattr(o, "__dict__"), "__dict__" in vars(LS))


class LD(list):
    __slots__ = ("__dict__",)


o = LD()
o.x = 1
print(vars(o), "__dict__" in vars(LD))


class E(Exception):
    pass


e = E()
e.x = 1
print(vars(e), "__dict__" in vars(E))
