# ---
# features: [comprehensions, dicts]
# dialect: py2+3
# description: a dict comprehension builds a dict, later keys win
# ---
d = {k % 3: k for k in range(7)}
print(sorted(d.items()))
