# ---
# features: [sets, formatting]
# dialect: py3
# description: an empty set prints as set()
# ---
print(set())
print(frozenset())
print({1})
print(frozenset([1]))
