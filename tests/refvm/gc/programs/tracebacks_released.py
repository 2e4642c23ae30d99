# When a handled exception goes, its traceback lets go of the frames it
# passed, innermost first (CPython's tb_dealloc drops tb_next before
# tb_frame), and nothing else keeps them: not after a generator was closed
# (refvm's run loop once kept the last frame it ran alive, through a host
# reference cycle, until the program ended), not after an exception escaped
# a loop that ran many times.  A generator an exception ends keeps its
# locals while the traceback refers to its frame, like any frame (refvm let
# go of them as the generator ended, before the handler ran); the function
# whose handler caught it lets go of its locals when it returns (refvm's run
# loop kept the frame a handler resumed in until the program ended).
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
def inner(k):
    t = T("inner %d" % k)
    return len(t.n) // 0
def outer(k):
    t = T("outer %d" % k)
    return inner(k) + 1
try:
    outer(1)
except ZeroDivisionError:
    print("handling 1")
print("after handler 1")
def closer():
    try:
        yield 1
    finally:
        print("  closer finally")
it = closer()
next(it)
it.close()
try:
    outer(2)
except ZeroDivisionError:
    print("handling 2")
print("after handler 2")
it = closer()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError:
    print("thrown back")
try:
    outer(3)
except ZeroDivisionError:
    print("handling 3")
print("after handler 3")
def divide(i):
    if i == 12:
        t = T("divide %d" % i)
        return len(t.n) // 0
    return i
def loop(n):
    t = T("loop")
    s = 0
    for i in range(n):
        s += divide(i)
    return s
for k in range(2):
    try:
        loop(20)
    except ZeroDivisionError:
        print("escaped", k)
    print("after", k)
def missing():
    t = T("getattr")
    return t.nope
try:
    missing()
except AttributeError:
    print("no attribute")
def raising(n):
    t = T("gen start")
    try:
        for i in range(n):
            if i == 3:
                t = T("gen %d" % i)
                raise ValueError(i)
            yield i
    finally:
        print("  raising finally")
try:
    for v in raising(5):
        print("  got", v)
except ValueError as e:
    print("gen raised", e)
print("after gen")
try:
    print(sum(raising(9)))
except ValueError:
    print("sum raised")
def values(n):
    for i in range(n):
        if i == 2:
            raise ValueError(i)
        yield T("value %d" % i)
def consumer():
    try:
        for v in values(4):
            pass
    except ValueError:
        print("consumer caught")
    print("consumer returns")
consumer()
print("after consumer")
print("end")
