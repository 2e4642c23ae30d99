# ---
# features: [comprehensions, sets]
# dialect: py2+3
# description: a set comprehension removes duplicates
# ---
print(sorted({c.lower() for c in "AaBbA"}))
