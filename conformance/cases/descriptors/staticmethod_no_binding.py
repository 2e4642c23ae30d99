# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: staticmethod is not bound through instance or class
# ---
class A(object):
    @staticmethod
    def s(*args):
        return len(args)
print(A.s())
print(A().s())
