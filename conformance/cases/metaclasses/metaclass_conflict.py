# ---
# features: [metaclasses, classes]
# dialect: py3
# description: bases with unrelated metaclasses raise TypeError
# ---
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError:
    print("TypeError")
