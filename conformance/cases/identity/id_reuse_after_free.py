# ---
# features: [identity, implementation-defined, gc]
# dialect: py3
# description: the id of a freed object may be reused by a new object at once
# outcomes:
#   reused: "True\n"
#   not-reused: "False\n"
# ---
class O:
    pass
first = id(O())
second = id(O())
print(first == second)
