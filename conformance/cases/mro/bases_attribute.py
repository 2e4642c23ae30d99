# ---
# features: [mro, classes]
# dialect: py2+3
# description: __bases__ lists direct bases in order
# ---
class A(object): pass
class B(object): pass
class C(A, B): pass
print([b.__name__ for b in C.__bases__])
print(C.__base__.__name__)
