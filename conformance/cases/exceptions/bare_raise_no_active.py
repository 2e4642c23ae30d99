# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: a bare raise with no active exception raises RuntimeError
# ---
try:
    raise
except RuntimeError:
    print("RuntimeError")
