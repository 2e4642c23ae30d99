# ---
# features: [metaclasses, classes]
# dialect: py2+3
# description: __init__ returning a value raises TypeError
# ---
class A(object):
    def __init__(self):
        return 1
try:
    A()
except TypeError:
    print("TypeError")
