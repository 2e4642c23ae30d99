# ---
# features: [dicts, builtins]
# dialect: py3
# description: dict() from pairs and keywords
# ---
print(dict([("a", 1)], b=2))
print(dict(zip("xy", range(2))))
try:
    dict([("a", 1, 2)])
except ValueError:
    print("ValueError")
