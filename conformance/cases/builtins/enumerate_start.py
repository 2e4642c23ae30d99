# ---
# features: [builtins, iteration]
# dialect: py2+3
# description: enumerate with a start value
# ---
print(list(enumerate("ab", 1)))
