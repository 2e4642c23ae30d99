# A finalizer must run where the interpreter drops the last reference, also in
# the iteration the recorder runs: its frame switch on a return kept the
# returned value in a local, so `del` of an object a called function made did
# not finalize it until the next return (found by jitdiff with +finalizers).


class Fin(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(name):
    return Fin(name)


i = 0
while i < 12:
    i += 1
    obj = make("m%d" % i)
    del obj
    print("after del", i)


def in_function(n):
    for k in range(n):
        x = make("f%d" % k)
        x = None
        print("after rebind", k)


in_function(12)
