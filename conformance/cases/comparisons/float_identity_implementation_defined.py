# ---
# features: [comparisons, comparisons, containers, identity, implementation-defined]
# dialect: py3
# description: whether two distinct nan objects are identical is implementation-defined (PyPy compares floats by value for `is`)
# outcomes:
#   distinct-objects: "False\nFalse\n"
#   value-identity: "True\nTrue\n"
# ---
nan = float("nan")
other = float("nan")
print(nan is other)
print(other in [nan])
