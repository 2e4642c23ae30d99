# ---
# features: [super, classes]
# dialect: py3
# description: zero-argument super() finds the next class in the MRO
# ---
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B>" + super().f()
class C(B):
    def f(self): return "C>" + super().f()
print(C().f())
