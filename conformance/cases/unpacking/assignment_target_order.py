# ---
# features: [unpacking, assignment, evaluation-order]
# dialect: py2+3
# description: targets of a tuple assignment are assigned left to right
# ---
x = [0, 0]
i = 0
i, x[i] = 1, 2
print(x)
