# ---
# features: [builtins, functions]
# dialect: py3
# description: min and max with key and default
# ---
print(min([3, 1, 2]))
print(max("abc", key=ord))
print(max([], default="empty"))
print(min(4, 2, 8))
print(max([("a", 2), ("b", 1)], key=lambda p: p[1]))
try:
    min([])
except ValueError:
    print("ValueError")
