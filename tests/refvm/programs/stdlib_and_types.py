# memoryview, cmath, errno and OSError's errno subclasses, unicodedata, sys.intern,
# inspect.getgeneratorstate and __bases__ assignment: compared with CPython by test_differential
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[::2]), mv.tobytes(), mv.readonly, len(mv), type(mv).__name__)
print(mv.hex(), mv.tolist()[:3], isinstance(mv, memoryview))
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError", e)
with memoryview(bytearray(b"xy")) as m2:
    print(m2.nbytes)
try:
    memoryview(5)
except TypeError as e:
    print(e)
print(memoryview(b"ab") == b"ab")
import errno
e = OSError(errno.ENOENT, "gone")
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.args, str(e))
e2 = OSError(errno.EACCES, "no", "f.txt")
print(type(e2).__name__, str(e2), e2.filename, e2.args)
e3 = OSError("plain")
print(type(e3).__name__, e3.errno, str(e3), e3.args)
e4 = FileNotFoundError(2, "x", "a", None, "b")
print(str(e4), e4.filename2)
class My(OSError):
    pass
m = My(2, "m")
print(type(m).__name__, m.errno, str(m))
try:
    open("/nonexistent-diverge/zz")
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.filename)
print(OSError(1, 2, 3, 4, 5, 6).args, OSError().errno)
print(repr(OSError(2, "gone")))
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
d = D()
print(d.f())
C.__bases__ = (B,)
print(d.f(), [k.__name__ for k in D.__mro__], A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
for bad in ([B], (), (D,), (1,)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y(X): pass
try:
    X.__bases__ = (Y,)
except TypeError as e:
    print("TypeError", e)
class L(list): pass
try:
    C.__bases__ = (L,)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(isinstance(d, B), isinstance(d, A), issubclass(D, B))
import inspect
def g():
    yield 1
def f(): pass
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isclass(int), inspect.isgenerator(g()))
def gen():
    yield 1
    yield 2
g = gen()
states = [inspect.getgeneratorstate(g)]
next(g)
states.append(inspect.getgeneratorstate(g))
list(g)
states.append(inspect.getgeneratorstate(g))
print(states)
import cmath, unicodedata, sys
print(cmath.sqrt(-4), cmath.phase(-1), unicodedata.name("a"), unicodedata.category("1"))
print(sys.intern("".join(["ab", "c"])) is sys.intern("abc"))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
try:
    compile("def f():\n    return [await x for x in y]\n", "<t>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
