# ---
# features: [mro, classes, metaclasses]
# dialect: py3
# description: issubclass calls the metaclass __subclasscheck__
# ---
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("Z")
class Z_ok(metaclass=Meta):
    pass
class Zed: pass
class Other: pass
print(issubclass(Zed, Z_ok))
print(issubclass(Other, Z_ok))
