# Class statements and special methods used wrongly: CPython 3.11's outcome for
# each (an MRO it cannot make, a metaclass conflict, slots, __set_name__,
# __init_subclass__, special methods returning the wrong type ...).  Until
# 2026-12-05 refvm let `K.__name__ = 5` through and, for type('Bad', (1,), {}),
# said "bases must be types" before the metaclass conflict CPython finds first.
cases = r'''
class A: pass
class B(A): pass
class C(A, B): pass
###
class M(type): pass
class N(type): pass
class X(metaclass=M): pass
class Y(metaclass=N): pass
class Z(X, Y): pass
###
int.foo = 1
###
class S:
    __slots__ = ('a',)
S().b = 1
###
class S:
    __slots__ = ('a',)
S().a
###
class S:
    __slots__ = ('a', 'a')
###
class S:
    __slots__ = ('a',)
    a = 1
###
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class E:
    d = D()
###
class P:
    def __init_subclass__(cls, /, flag=None, **kw):
        print('init_subclass', cls.__name__, flag, kw)
class Q(P, flag=1): pass
class R(P, other=2): pass
###
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
###
class H:
    x = 1
del H.y
###
class I:
    @property
    def p(self): return 1
I().p = 2
###
class J:
    @property
    def p(self): return 1
del J().p
###
class K: pass
K.__name__ = 5
###
class L: pass
L.__bases__ = (int,)
###
class O:
    def __eq__(self, o): return True
print(hash(O()))
###
class T(tuple): pass
print(T((1, 2)), repr(T()))
###
class U(int):
    def __repr__(self): return 'U!'
print(U(5), str(U(5)), U(5) + 1, type(U(5) + 1).__name__)
###
print(type('Dyn', (object,), {'a': 1})().a)
###
type('Bad', (1,), {})
###
class V:
    def __len__(self): return -1
len(V())
###
class W:
    def __len__(self): return 'x'
len(W())
###
class AA:
    def __bool__(self): return 1
bool(AA())
###
class BB:
    def __index__(self): return 'x'
[1, 2][BB()]
###
class CC:
    def __hash__(self): return 'x'
hash(CC())
###
class DD:
    def __iter__(self): return 5
iter(DD())
###
class EE:
    def __repr__(self): return 5
repr(EE())
###
class FF:
    def __str__(self): return None
str(FF())
###
object.__new__(int)
###
super(int, 'x')
###
class GG:
    def f(self): return super().f()
GG().f()
'''
import sys
for block in cases.strip().split("###"):
    try:
        exec(block, {"__name__": "__main__"})
        r = "ok"
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(block.strip().splitlines()[-1][:50], "->", r)
