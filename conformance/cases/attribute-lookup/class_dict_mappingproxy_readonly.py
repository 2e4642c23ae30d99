# ---
# features: [attribute-lookup, attributes]
# dialect: py3
# description: a class __dict__ cannot be assigned through
# ---
class A:
    x = 1
try:
    A.__dict__["x"] = 2
except TypeError:
    print("TypeError")
A.x = 3
print(A.__dict__["x"])
