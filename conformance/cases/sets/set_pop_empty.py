# ---
# features: [sets, containers, exceptions]
# dialect: py2+3
# description: pop on an empty set raises KeyError
# ---
try:
    set().pop()
except KeyError:
    print("KeyError")
