# Bridges that start from many values: a guard's failure branch passes them as
# arguments and lets go of its own variables, so that the bridge holds the only
# references and a value it drops dies there, as without the JIT.  Past 30
# arguments CPython 3.11 calls through a tuple that holds every argument until
# the call returns: a local the bridge overwrote was finalized only then (after
# the "made" line below) until 2026-12-04.  bridge_args keeps the call under 30
# arguments, the last values in a list the bridge empties.


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def sixteen(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 1
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = 2
    x = D(-1)
    t = 0
    for i in range(n):
        t += x.i - x.i + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7
        if i % 300 == 299:
            x = D(i)
            print("made", i)
    x = None
    return t


def forty(n):
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39 = 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4
    x = D(-2)
    y = D(-3)
    t = 0
    for i in range(n):
        t += x.i - x.i + y.i - y.i + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39
        if i % 200 == 199:
            x = D(i)
            print("made x", i)
        elif i % 200 == 99:
            y = D(-i)
            print("made y", i)
    x = y = None
    return t


def kept(n):
    # a value the bridge passes on to a list: alive after the bridge, released
    # with the list at the end
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39 = 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4
    keep = []
    x = D(-4)
    t = 0
    for i in range(n):
        t += x.i - x.i + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39
        if i % 250 == 249:
            keep.append(x)
            x = D(i)
            print("kept", i)
    print("dropping", len(keep))
    keep = None
    print("dropped")
    return t


print(sixteen(20000))
print(forty(16000))
print(kept(15000))
