# ---
# features: [iteration, protocols]
# dialect: py2+3
# description: two loops over one iterator share its position
# ---
it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
