# The order an object lets go of what it holds when it dies.
# An instance lets go of its __slots__ values class by class from the most
# derived, each class's in the sorted order of the names (CPython sorts
# __slots__; subtype_dealloc's clear_slots), then of its __dict__.  refvm kept
# the values in declaration order in a host list, freed last to first, and
# freed the dict first, until 2026-12-04.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
class S:
    __slots__ = ("b", "a", "c")
class T(S):
    __slots__ = ("z", "y")
class U(T):
    pass
print("one class")
s = S()
s.a, s.b, s.c = D("a"), D("b"), D("c")
del s
print("a subclass adds slots")
t = T()
t.c, t.z, t.a, t.y, t.b = D("c"), D("z"), D("a"), D("y"), D("b")
del t
print("slots and a dict")
u = U()
u.q, u.a, u.z = D("q"), D("a"), D("z")
u.p = D("p")
del u
print("an unset slot, a deleted one")
s = S()
s.c, s.a = D("c2"), D("a2")
del s.c
print("after del s.c")
s = None
print("the class namespace:", [k for k in S.__dict__ if len(k) == 1])
# An exception lets go of its __dict__, its args, its traceback, its cause
# and its context, in that order (BaseException_clear); refvm's host object
# freed them in the sorted order of its slots' names (args first).
print("an exception")
e = ValueError(D("arg 1"), D("arg 2"))
e.extra = D("attribute")
try:
    raise e
except ValueError:
    pass
try:
    try:
        raise KeyError(D("context arg"))
    except KeyError:
        raise TypeError(D("arg")) from ArithmeticError(D("cause arg"))
except TypeError as caught:
    e2 = caught
del e
print("after del e")
del e2
print("end")
