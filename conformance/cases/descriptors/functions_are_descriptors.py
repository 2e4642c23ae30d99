# ---
# features: [descriptors, attributes, functions]
# dialect: py2+3
# description: a function stored on a class binds to the instance when read through it
# ---
def f(self, x):
    return (type(self).__name__, x)
class A(object):
    pass
A.g = f
print(A().g(1))
