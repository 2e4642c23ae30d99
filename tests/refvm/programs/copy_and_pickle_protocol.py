# The copy and pickle protocol (refvm/objects/reduction.py): objects with a
# dict, slots (mangled too), __getnewargs__(_ex__), __getstate__/__setstate__,
# __reduce__, builtin containers and their subclasses, exceptions, iterators,
# through pickle at every protocol and copy.copy/deepcopy; type.__flags__;
# sys.audit hooks.  (refvm had no __reduce_ex__: deepcopy lost slots and
# pickling an instance failed, until 2026-12-05.)
import pickle, copy, sys
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return "P(%r)" % (self.x,)
    def __eq__(self, o): return type(o) is P and o.x == self.x
class S:
    __slots__ = ("a", "b", "__c")
    def __init__(self): self.a = 1; self.__c = 3
class Args:
    def __init__(self, a, b): self.t = (a, b)
    def __getnewargs__(self): return self.t
    def __new__(cls, *a): o = object.__new__(cls); o.t = a; return o
class Kw:
    def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return ((), {"k": self.k})
class GS:
    def __init__(self): self.v = 5
    def __getstate__(self): return {"v": self.v * 2}
    def __setstate__(self, st): self.v = st["v"] + 1
class Red:
    def __reduce__(self): return (Red2, (7,))
class Red2:
    def __init__(self, n): self.n = n
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
values = [P([1, 2]), [P(1), {"k": (P(2),)}], {1, 2}, frozenset({3}), bytearray(b"xy"), bytearray(),
          range(1, 9, 2), slice(1, None, 3), MyList([1, 2]), MyDict(a=1), MyInt(5), ValueError("v", 2),
          KeyError("k"), 1 + 2j, b"by", "st", None, True, 3.5, Ellipsis, (1, (2, [3]))]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for v in values:
        try:
            w = pickle.loads(pickle.dumps(v, proto))
            out.append("%s:%r" % (type(w).__name__, w if not isinstance(w, BaseException) else w.args))
        except Exception as e:
            out.append("!%s:%s" % (type(e).__name__, e))
    print(proto, out)
s2 = pickle.loads(pickle.dumps(S()))
print(s2.a, getattr(s2, "b", "unset"), s2._S__c, sorted(S.__dict__.get("__slotnames__", [])))
a2 = pickle.loads(pickle.dumps(Args(1, 2))); print(a2.t)
k2 = pickle.loads(pickle.dumps(Kw(k=9), 4)); print(k2.k)
g2 = pickle.loads(pickle.dumps(GS())); print(g2.v)
r2 = pickle.loads(pickle.dumps(Red())); print(type(r2).__name__, r2.n)
for v in values + [S(), Args(3, 4), Kw(k=1), GS(), Red()]:
    for f in (copy.copy, copy.deepcopy):
        try:
            w = f(v)
            print(f.__name__, type(w).__name__, w is v, getattr(w, "__dict__", None) if not isinstance(w, (list, dict, BaseException)) else "")
        except Exception as e:
            print(f.__name__, "!", type(e).__name__, e)
for v in (P(1), [1], {1: 2}, S(), MyInt(3), ValueError(1)):
    for p in (0, 1, 2):
        try:
            r = v.__reduce_ex__(p)
            print(p, type(v).__name__, [getattr(x, "__name__", x) if not isinstance(x, (list, dict, tuple)) else x for x in r[:3]] if p >= 2 else r[0].__name__ if callable(r[0]) else r)
        except Exception as e:
            print(p, type(v).__name__, "!", type(e).__name__, e)
try:
    pickle.dumps(iter([1, 2]))
    print("iter pickled")
except Exception as e:
    print("iter", type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print("lambda", type(e).__name__)       # (the message is _pickle's on CPython)
events = []
sys.addaudithook(lambda ev, args: events.append(ev) if ev.startswith("pickle") else None)
pickle.loads(pickle.dumps(P(1)))
print(events)
its = [iter([1, 2, 3]), iter((4, 5)), iter("abc"), iter(range(3)), reversed([1, 2]), iter({1: 2, 3: 4}),
       iter({1: 2}.items()), iter({1: 2}.values()), iter({5, 6}), reversed(range(4)), iter(b"xy"), iter(bytearray(b"q"))]
for it in its:
    next(it, None)
    try:
        it2 = pickle.loads(pickle.dumps(it))
        print(type(it2).__name__, list(it2), list(copy.copy(it)))
    except Exception as e:
        print(type(it).__name__, "!", type(e).__name__, e)
import abc
class A: pass
class S: __slots__=()
class L(list): pass
class D(dict): pass
class I(int): pass
class E(Exception): pass
class Ab(abc.ABC):
  @abc.abstractmethod
  def f(self): pass
class M(type): pass
class St(str): pass
for c in (A,S,L,D,I,E,Ab,M,St,int,object,list,type,str):
    print(c.__name__, c.__flags__)
