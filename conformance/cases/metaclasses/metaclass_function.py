# ---
# features: [metaclasses, classes]
# dialect: py3
# description: a plain function can serve as the metaclass
# ---
def meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class A(metaclass=meta):
    pass
print(A.made_by)
print(type(A).__name__)
