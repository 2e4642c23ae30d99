# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: raising something that is not an exception raises TypeError
# ---
try:
    raise 42
except TypeError:
    print("TypeError")
