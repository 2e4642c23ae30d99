# ---
# features: [descriptors, attributes]
# dialect: py3
# description: __set_name__ is called with the owner and attribute name at class creation
# ---
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class A:
    first = D()
    second = D()
print("created")
