# CPython 3.11's CALL moves a Python function's arguments into its frame (one
# the callee drops dies there), but keeps the arguments of any other call on
# its stack until the call returns: a class call's arguments die after
# __init__'s locals (or, if __init__ raises, before the handler runs); an
# f(*args, **kw) call keeps its tuple and dict.  refvm moved them into the
# __init__ frame, and unpacked the tuple, until 2026-12-04: every `del` of an
# argument below came before the line printed at the callee's end.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
class C:
    def __init__(self, o, p=None, *, k=None):
        o = p = k = None
        a = D("C local")
        print("C.__init__ end")
class R:
    def __init__(self, o):
        a = D("R local")
        raise ValueError("no")
class S(C):
    def __init__(self, o):
        super().__init__(o)
        print("S.__init__ end")
class N:
    def __new__(cls, o):
        o = None
        print("N.__new__ end")
        return object.__new__(cls)
class K:
    def __call__(self, o):
        o = None
        print("K.__call__ end")
def g(a, b=None):
    a = b = None
    l = D("g local")
    print("g end")
print("a function call: moved")
g(D(1), b=D(2))
print("a class call")
C(D(3), D(4), k=D(5))
print("__init__ raises")
try:
    R(D(6))
except ValueError:
    print("handler")
print("super().__init__ inside a class call")
S(D(7))
print("__new__, __call__")
N(D(8))
K()(D(9))
print("a bound method object: moved")
m = K().__call__
m(D(10))
print("f(*args, **kw) of a class, of a function")
C(*[D(11), D(12)], **{"k": D(13)})
g(*(D(14),), **{"b": D(15)})
g(*[D(16), D(17)])
# after the call, the caller lets go of them first to last (refvm's list of
# them freed them last to first until 2026-12-04)
class New:
    def __new__(cls, a, b):
        return object.__new__(cls)
class Calls:
    def __call__(self, a, b):
        return 0
print("a class with __new__, two arguments")
New(D(30), D(31))
print("an instance's __call__, two arguments")
Calls()(D(32), D(33))
print("a builtin, two arguments")
isinstance(D(34), type(D(35)))
print("a builtin raising, two arguments")
try:
    isinstance(D(36), D(37))
except TypeError:
    print("handler")
print("a class with __new__ raising: its frame holds them")
class NewRaises:
    def __new__(cls, a, b):
        raise ValueError("no")
try:
    NewRaises(D(38), D(39))
except ValueError:
    print("handler")
print("in a loop")
for i in range(3):
    C(D(20 + i))
    print("iteration", i)
print("end")
