# A trace that names a module's class (alive to the end) and a class made in a
# function (dropped after each call) must not keep the latter alive: during a
# collection such a trace is held by the classes made in functions it names,
# not by the module's (Jit.hide_classes).  With every loop hot, `del mixed0`
# printed at exit until 2026-12-04 (found by jitdiff with +finalizers).
import gc


class D(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Base(object):
    def __init__(self, v):
        self.v = v


def mixed(n):
    class Local(object):
        held = D("mixed%d" % n)

        def __init__(self, v):
            self.v = v

    t = 0
    for i in range(10):
        t += Base(i).v + Local(i).v
    Local.last = Local(D("mixed.last%d" % n))
    return t


for n in range(3):
    print(mixed(n))
    print("mixed", n)
print("collected", gc.collect())
print("mixed done")
