# ---
# features: [mro, classes]
# dialect: py2+3
# description: attribute lookup follows the MRO, not depth-first
# ---
class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D().f())
