# ---
# features: [identity, implementation-defined, numbers]
# dialect: py3
# description: whether two equal big-int results are the same object is implementation-defined
# outcomes:
#   distinct-objects: "False\nTrue\n"
#   value-identity: "True\nTrue\n"
# ---
x = 10 ** 20
a = x + 1
b = x + 1
print(a is b)
print(a == b)
