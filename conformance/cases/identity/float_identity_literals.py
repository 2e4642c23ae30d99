# ---
# features: [identity, implementation-defined, float]
# dialect: py3
# description: whether equal float results are the same object is implementation-defined
# outcomes:
#   distinct-objects: "False\n"
#   value-identity: "True\n"
# ---
x = 0.5
a = x * 3
b = x * 3
print(a is b)
