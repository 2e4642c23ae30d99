# ---
# features: [builtins, identity]
# dialect: py2+3
# description: two live objects have different ids
# ---
a = object()
b = object()
print(id(a) != id(b))
print(id(a) == id(a))
