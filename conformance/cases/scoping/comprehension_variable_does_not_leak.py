# ---
# features: [scoping, scoping, comprehensions]
# dialect: py3
# description: a list comprehension variable does not leak into the enclosing scope
# ---
j = "outer"
r = [j for j in range(3)]
print(j)
print(r)
