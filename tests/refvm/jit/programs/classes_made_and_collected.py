# A class the program drops dies in the collection that finds it (a class is in
# a reference cycle with its MRO), and its attributes' finalizers run there, with
# the JIT on as off: traces that name the class as a constant (its guards), a
# recording that observed its instances, and the recorder's own locals must not
# keep it, or a function, alive (found by hand: with every loop hot, a class
# made in a function finalized its attributes at exit).
import gc


class D(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(n):
    class K(object):
        attr = D("attr%d" % n)

        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v

    total = 0
    for i in range(12):
        k = K(i)
        total += k.get()
    return total


for n in range(4):
    print(make(n))
    print("collected", n, gc.collect())
print("made")


def gen_of(n):
    class G(object):
        attr = D("gen%d" % n)

        def __init__(self, v):
            self.v = v

    def values():
        for i in range(15):
            yield G(i).v
    return values


for n in range(3):
    print(sum(gen_of(n)()))
    print("collected", n, gc.collect())
print("generated")


def run(n):
    # a closure is the last function the recording follows before the return
    d = D("cell%d" % n)

    def g():
        return d.name
    return len(g())


for n in range(6):
    print(run(n))
    print("after run", n)


class M(object):
    attr = D("module class")

    def __init__(self, v):
        self.v = v


s = 0
for i in range(20):
    s += M(i).v
print(s)
del M
print("collected", gc.collect())


def nested(n):
    class Inner(object):
        attr = D("inner%d" % n)
    objs = [Inner() for _ in range(10)]
    count = 0
    for o in objs:
        for _ in range(3):
            if isinstance(o, Inner):
                count += 1
    return count


for n in range(3):
    print(nested(n))
    print("collected", n, gc.collect())
print("end")


def containers(n):
    # the trace reads the class's list and dict attributes (constants to it):
    # they die with the class, and count in gc.collect()'s result, as without JIT
    class C(object):
        items = [1, 2, 3]
        conf = {"a": 1, "b": (D("conf%d" % n), [4])}

        def __init__(self, v):
            self.v = v

    total = 0
    for i in range(12):
        c = C(i)
        total += len(C.items) + c.conf["a"] + c.v
    return total


for n in range(3):
    print(containers(n))
    print("collected", n, gc.collect())
print("containers")

