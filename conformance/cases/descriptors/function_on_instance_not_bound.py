# ---
# features: [descriptors, attributes, functions]
# dialect: py2+3
# description: a function stored on the instance is not bound
# ---
def f(*args):
    return len(args)
class A(object):
    pass
a = A()
a.g = f
print(a.g(1))
