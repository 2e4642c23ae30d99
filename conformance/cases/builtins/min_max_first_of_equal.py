# ---
# features: [builtins, functions]
# dialect: py3
# description: min and max return the first of equal items
# ---
print(min([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]))
