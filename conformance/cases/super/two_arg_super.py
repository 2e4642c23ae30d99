# ---
# features: [super, classes]
# dialect: py2+3
# description: super(Class, self) starts lookup after Class in type(self).__mro__
# ---
class A(object):
    def f(self): return "A"
class B(A):
    def f(self): return "B"
class C(B):
    def f(self): return "C"
c = C()
print(super(C, c).f())
print(super(B, c).f())
