# ---
# features: [builtins, classes]
# dialect: py2+3
# description: type names of builtin values
# ---
for v in (1, 1.0, "s", [], (), {}, None, True, 1j):
    print(type(v).__name__)
