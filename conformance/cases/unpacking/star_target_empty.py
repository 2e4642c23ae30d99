# ---
# features: [unpacking, assignment]
# dialect: py3
# description: a starred target can be empty
# ---
a, *rest = [1]
print(a, rest)
