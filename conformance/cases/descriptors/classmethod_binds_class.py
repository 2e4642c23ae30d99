# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: classmethod binds the class, including for subclasses and instances
# ---
class A(object):
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    pass
print(A.c())
print(B.c())
print(B().c())
