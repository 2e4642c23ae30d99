# ---
# features: [binary-ops, operator-dispatch, metaclasses]
# dialect: py3
# description: operators on a class use the metaclass's special method
# ---
class Meta(type):
    def __add__(cls, other):
        return cls.__name__ + "+" + str(other)
class C(metaclass=Meta):
    def __add__(self, other):
        return "instance add"
print(C + 1)
print(C() + 1)
