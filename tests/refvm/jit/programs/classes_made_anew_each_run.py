# A hot loop whose classes are made anew again and again: a module source
# exec'd in one namespace (each run's classes are new, its functions have the
# same code) and a class factory.  Each generation's bridges test the classes of
# the generation before; once a guard is as many bridges deep as bridges nest,
# the loop is recorded again (Jit.respecialize), and a program that keeps doing
# this keeps getting new traces.
import gc

SRC = '''
class A:
    def __init__(self, k):
        self.n = k
    def step(self):
        self.n += 1
        return self.b
class B(A):
    def step(self):
        self.n += 2
        return self.c
class C(A):
    def step(self):
        self.n += 3
        return self.d
class D(A):
    def step(self):
        self.n -= 1
        return self.a

def make(k):
    a, b, c, d = A(k), B(k), C(k), D(k)
    a.b, b.c, c.d, d.a = b, c, d, a
    return a

def run(n, k):
    t = make(k)
    for i in range(n):
        t = t.step()
        if i == n // 2 and k % 5 == 4:
            A.step = lambda self: self.b.c     # a class changed mid-loop
    return t.n, type(t).__name__
'''

code = compile(SRC, "<classes>", "exec")
ns = {}
for k in range(14):
    exec(code, ns)
    print(k, ns["run"](3000 + 7 * k, k))
    if k % 4 == 3:
        gc.collect()


def factory(bump):
    class P:
        def __init__(self):
            self.v = 0

        def go(self):
            self.v += bump
            return self.q

    class Q(P):
        def go(self):
            self.v -= 1
            return self.p

    p, q = P(), Q()
    p.q, q.p = q, p
    return p


for k in range(10):
    t = factory(k)
    for _ in range(2500):
        t = t.go()
    print("factory", k, t.v, t.q.v if hasattr(t, "q") else t.p.v)
