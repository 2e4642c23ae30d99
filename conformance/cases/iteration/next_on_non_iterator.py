# ---
# features: [iteration, protocols, exceptions]
# dialect: py2+3
# description: next() on a list (not an iterator) raises TypeError
# ---
try:
    next([1])
except TypeError:
    print("TypeError")
