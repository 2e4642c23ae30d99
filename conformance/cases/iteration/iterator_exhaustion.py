# ---
# features: [iteration, protocols]
# dialect: py2+3
# description: an exhausted iterator stays exhausted
# ---
it = iter([1, 2])
print(list(it))
print(list(it))
