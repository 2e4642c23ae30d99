# ---
# features: [descriptors, attributes]
# dialect: py3
# description: __set_name__ is not called for descriptors assigned after class creation
# ---
class D:
    def __set_name__(self, owner, name):
        print("set_name", name)
class A:
    pass
A.late = D()
print("done")
