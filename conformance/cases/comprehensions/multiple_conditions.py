# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: several if clauses must all hold
# ---
print([n for n in range(30) if n % 2 if n % 3 if n > 10])
