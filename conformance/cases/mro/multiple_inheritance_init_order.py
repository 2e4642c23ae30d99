# ---
# features: [mro, classes, super]
# dialect: py3
# description: cooperative __init__ runs along the MRO
# ---
class A:
    def __init__(self):
        print("A")
        super().__init__()
class B(A):
    def __init__(self):
        print("B")
        super().__init__()
class C(A):
    def __init__(self):
        print("C")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D")
        super().__init__()
D()
