# A class dies in a collection run while a loop that observed it is being
# recorded (gc.collect() in an inner loop, which has its own trace): the
# recording holds the classes it saw weakly during the collection and ends
# ("a class it observed died in a collection"); with every loop hot, each
# class's `del` printed at exit until 2026-12-04.
import gc

class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make(k):
    class C(object):
        held = D("held%d" % k)
        def go(self):
            return k
    return C

def outer(n):
    t = 0
    for k in range(n):
        C = make(k)
        t += C().go()
        C = None
        for i in range(3):
            if i == 2:
                gc.collect()
        print("k", k, t)
    return t

print(outer(8))
