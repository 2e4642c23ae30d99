# ---
# features: [descriptors, attributes]
# dialect: py3
# description: classmethod.__get__ with only an instance binds its type
# ---
class A:
    @classmethod
    def c(cls):
        return cls.__name__
cm = A.__dict__["c"]
print(cm.__get__(A())())
print(cm.__get__(None, A)())
