# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: instances of builtins like object() and int have no __dict__
# ---
for v in (object(), 1, "s"):
    try:
        v.attr = 1
    except AttributeError:
        print("AttributeError " + type(v).__name__)
