# ---
# features: [unary-ops, numbers]
# dialect: py2+3
# description: ~ on a float raises TypeError
# ---
try:
    ~1.5
except TypeError:
    print("TypeError")
