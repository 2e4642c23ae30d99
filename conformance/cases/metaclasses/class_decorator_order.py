# ---
# features: [metaclasses, classes]
# dialect: py3
# description: class decorators apply bottom up after the class is created
# ---
def deco(tag):
    def apply(cls):
        print("decorate", tag, cls.__name__)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return apply
@deco("outer")
@deco("inner")
class A:
    print("body")
print(A.tags)
