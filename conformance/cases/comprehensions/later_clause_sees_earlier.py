# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: a later for clause can use an earlier clause's variable
# ---
print([(i, j) for i in range(4) for j in range(i)])
