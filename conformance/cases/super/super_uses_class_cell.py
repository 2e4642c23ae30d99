# ---
# features: [super, classes, closures]
# dialect: py3
# description: zero-argument super() uses the __class__ cell, not the name
# ---
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B>" + super().f()
C = B
del B
print(C().f())
