# ---
# features: [attribute-lookup, attributes]
# dialect: py3
# description: attributes of builtin types cannot be set
# ---
try:
    int.foo = 1
except TypeError:
    print("TypeError")
try:
    list.append = None
except TypeError:
    print("TypeError")
