# ---
# features: [mro, classes, metaclasses]
# dialect: py3
# description: isinstance calls the metaclass __instancecheck__
# ---
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Any(metaclass=Meta):
    pass
print(isinstance("magic", Any))
print(isinstance(3, Any))
