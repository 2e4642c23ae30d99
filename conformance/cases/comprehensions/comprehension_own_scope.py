# ---
# features: [comprehensions, scoping]
# dialect: py3
# description: a comprehension has its own scope even at module level
# ---
x = "kept"
[x for x in range(3)]
print(x)
