# A frame's locals die first to last when it ends (CPython 3.11's
# _PyFrame_Clear walks the locals upwards; then its cells, then its value
# stack): a function returning, a generator running to its end or dropped
# suspended, a frame a traceback kept.  refvm's frames kept their locals in a
# host list, which the host frees last to first: every case below printed its
# `del` lines in reverse order before 2026-12-04.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
def three():
    a = D("a")
    b = D("b")
    c = D("c")
print("function returns")
three()
def takes(p, q, r=None):
    s = D("s")
print("arguments, then locals")
takes(D("p"), D("q"), r=D("r"))
class M:
    def method(self, x, y):
        z = D("z")
        return 1
print("a method")
M().method(D("x"), D("y"))
def gen():
    g1 = D("g1")
    g2 = D("g2")
    yield 1
    g3 = D("g3")
print("a generator ends")
for _ in gen():
    pass
print("a suspended generator dropped")
it = gen()
next(it)
del it
def loops():
    x = D("x0")
    for i in [D("i")]:
        for j in [D("j")]:
            yield 1
print("dropped inside two loops")
it = loops()
next(it)
del it
def outer():
    c1 = D("cell 1")
    c2 = D("cell 2")
    l1 = D("local 1")
    l2 = D("local 2")
    def inner():
        return c1, c2
    return inner is not None
print("locals, then cells")
outer()
def raiser():
    t1 = D("t1")
    t2 = D("t2")
    return 1 // 0
def middle():
    m1 = D("m1")
    m2 = D("m2")
    return raiser()
print("frames a traceback kept")
try:
    middle()
except ZeroDivisionError:
    print("handler")
print("after the handler")
def many():
    ds = [D(k) for k in range(3)]
    e = D("e")
    return len(ds)
print("a list local, then a local")
many()
# A generator in a reference cycle (its frame holds it) is closed by the
# collector: its frame runs its `finally` with its locals as they were (a
# first version of the order fix reversed them in the host's cycle collection,
# before the close: the finally printed the generator for `y`).
import gc
def cyclic():
    me = yield
    x = "x-value"
    y = [1, 2]
    try:
        yield 1
    finally:
        print("finally", x, y, me is not None)
it = cyclic()
next(it)
it.send(it)
del it
gc.collect()
print("collected")
print("end")
