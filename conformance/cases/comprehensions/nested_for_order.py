# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: nested for clauses iterate left to right like nested loops
# ---
print([(a, b) for a in range(2) for b in "xy"])
