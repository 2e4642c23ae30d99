# ---
# features: [super, classes, mro]
# dialect: py2+3
# description: super() in a diamond follows the instance's MRO, not the class's bases
# ---
class A(object):
    def f(self): return ["A"]
class B(A):
    def f(self): return ["B"] + super(B, self).f()
class C(A):
    def f(self): return ["C"] + super(C, self).f()
class D(B, C):
    def f(self): return ["D"] + super(D, self).f()
print(D().f())
print(B().f())
