# ---
# features: [unary-ops, truthiness]
# dialect: py2+3
# description: not binds looser than comparison
# ---
print(not 1 == 2)
print((not 1) == 2)
print(not [] and 3)
