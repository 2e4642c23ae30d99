# ---
# features: [mro, classes]
# dialect: py3
# description: every MRO ends with object
# ---
class A: pass
class B(A): pass
print(B.__mro__[-1] is object)
print(len(B.__mro__))
