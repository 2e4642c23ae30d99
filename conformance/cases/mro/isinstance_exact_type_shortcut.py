# ---
# features: [mro, classes, metaclasses]
# dialect: py3
# description: isinstance of an exact instance is True without calling __instancecheck__
# ---
class Meta(type):
    def __instancecheck__(cls, obj):
        print("called")
        return False
class A(metaclass=Meta):
    pass
print(isinstance(A(), A))
