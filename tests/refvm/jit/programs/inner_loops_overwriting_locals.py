# A local the trace around an inner loop holds, overwritten by the inner loop:
# it must die where the inner loop overwrites it, as in the interpreter.  Until
# 2026-12-04 the outer trace (a loop's, or a function body's) let go of its own
# reference only after the inner loop's trace returned, so the finalizer ran
# when the inner loop ended (found by the generator's finalizer family).


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def body(n):
    # called in a loop: a residual call, then a compiled body with this loop
    # run from it
    x = D("body-start")
    t = 0
    for i in range(n):
        t += len(x.tag)
        if i % 9 == 8:
            x = D("body-%d" % i)
            print("made", i)
    x = None
    return t


for _ in range(4):
    print(body(40))


def outer(n):
    # the outer loop reads x; the inner loop replaces it now and then
    x = D("outer-start")
    t = 0
    for j in range(n):
        t += len(x.tag)
        for i in range(6):
            t += i
            if (j * 6 + i) % 23 == 22:
                x = D("outer-%d-%d" % (j, i))
                print("made", j, i)
        if j % 10 == 0:
            print("outer", j)
    x = None
    return t


print(outer(60))


def del_in_inner(n):
    # the inner loop deletes the local the outer loop holds
    t = 0
    for j in range(n):
        y = D("y-%d" % j)
        t += len(y.tag)
        k = 0
        while k < 3:
            if k == 1:
                del y
                print("deleted", j)
            k += 1
        print("after inner", j)
    return t


print(del_in_inner(30))
