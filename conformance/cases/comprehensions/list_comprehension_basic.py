# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: a list comprehension with a condition
# ---
print([x * x for x in range(6) if x % 2 == 0])
