# ---
# features: [mro, classes]
# dialect: py2+3
# description: isinstance accepts nested tuples of classes
# ---
class A(object): pass
print(isinstance(A(), (int, (str, A))))
print(isinstance(1, ((float,), str)))
print(isinstance(True, int))
