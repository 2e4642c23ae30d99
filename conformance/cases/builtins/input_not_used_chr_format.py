# ---
# features: [builtins, formatting]
# dialect: py3
# description: format() builtin with no spec is str()
# ---
print(format(1.5))
print(format([1, "a"]))
