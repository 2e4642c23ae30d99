# ---
# features: [metaclasses, classes]
# dialect: py3
# description: a class whose bases have unrelated metaclasses ends the program with TypeError
# negative: {type: TypeError}
# ---
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
