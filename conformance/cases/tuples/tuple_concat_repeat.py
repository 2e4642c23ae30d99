# ---
# features: [tuples, sequences]
# dialect: py2+3
# description: + and * on tuples build new tuples
# ---
print((1, 2) + (3,))
print((0,) * 3)
