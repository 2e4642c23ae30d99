# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: int has no @ operator
# ---
try:
    2 @ 3
except TypeError:
    print("TypeError")
