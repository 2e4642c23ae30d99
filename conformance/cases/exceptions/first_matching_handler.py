# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: the first matching except clause handles the exception
# ---
try:
    raise KeyError("k")
except LookupError:
    print("LookupError")
except KeyError:
    print("KeyError")
