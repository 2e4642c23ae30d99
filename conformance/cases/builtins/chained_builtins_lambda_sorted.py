# ---
# features: [builtins, functions]
# dialect: py3
# description: sorted with a key of a tuple sorts by several fields
# ---
people = [("bob", 25), ("amy", 25), ("cat", 20)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
