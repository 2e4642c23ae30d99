# ---
# features: [metaclasses, classes]
# dialect: py3
# description: the most derived metaclass among the bases is used
# ---
class M1(type): pass
class M2(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print(type(C).__name__)
