# ---
# features: [comprehensions, generators]
# dialect: py2+3
# description: a generator expression as the only argument needs no extra parentheses
# ---
print(sum(x for x in range(101)))
