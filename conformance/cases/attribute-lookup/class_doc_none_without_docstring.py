# ---
# features: [attribute-lookup, classes]
# dialect: py3
# description: a class without a docstring has __doc__ None in its own namespace, so its instances have it too, and a subclass does not inherit its base's docstring
# ---
class A:
    pass


class B:
    "B's doc"


class C(B):
    x = 1


print(A.__doc__, A().__doc__)
print("__doc__" in vars(A), vars(A)["__doc__"])
print(B.__doc__, B().__doc__)
print(C.__doc__, "__doc__" in vars(C))
D = type("D", (B,), {})
print(D.__doc__, "__doc__" in vars(D))
print(type("E", (), {"__doc__": "made"}).__doc__)
