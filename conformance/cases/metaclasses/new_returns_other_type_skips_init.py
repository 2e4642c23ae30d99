# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __init__ is skipped when __new__ returns an object not of the class
# ---
class A:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init")
print(A())
