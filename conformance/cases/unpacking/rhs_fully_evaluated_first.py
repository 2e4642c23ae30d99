# ---
# features: [unpacking, assignment, evaluation-order]
# dialect: py2+3
# description: the right-hand side is evaluated completely before any target is assigned
# ---
a = 1
b = 2
a, b = b, a + b
print(a)
print(b)
