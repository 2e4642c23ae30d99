# ---
# features: [binary-ops, operator-dispatch, numbers]
# dialect: py2+3
# description: bools take part in arithmetic as ints
# ---
print(True + True)
print(True * 10)
print(False - 1)
print(type(True + False).__name__)
print(True & False)
print(type(True & True).__name__)
print(type(True ^ 1).__name__)
