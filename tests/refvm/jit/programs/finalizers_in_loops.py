# Objects with finalizers made and dropped inside traced loops: the JIT must drop
# its references exactly where the interpreter does.
class D(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make(n):
    d = D(n)
    return n * 2


def loop(n):
    keep = None
    for i in range(n):
        x = D(i)
        print("made", i)
        if i % 3 == 0:
            keep = x
        t = (x, i)
        a, b = t
        make(100 + i)
    print("end of loop")
    return keep


k = loop(8)
print("returned", k.n)
del k
pairs = [(D(i), i) for i in range(4)]
for p, i in pairs:
    print("pair", i)
pairs = None
print("done")
