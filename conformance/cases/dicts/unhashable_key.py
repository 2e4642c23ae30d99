# ---
# features: [dicts, containers, hashing, exceptions]
# dialect: py2+3
# description: a list cannot be a dict key
# ---
try:
    {[1]: 2}
except TypeError:
    print("TypeError")
