# ---
# features: [mro, classes]
# dialect: py2+3
# description: issubclass is true for every class in the MRO
# ---
class A(object): pass
class B(A): pass
class C(B): pass
print(issubclass(C, A))
print(issubclass(A, C))
print(issubclass(C, (int, A)))
print(issubclass(C, C))
