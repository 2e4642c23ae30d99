# ---
# features: [dicts, containers]
# dialect: py3
# description: reversed() works on dicts and views
# ---
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
print(list(reversed(d.items())))
