# ---
# features: [float, numbers]
# dialect: py2+3
# description: float() of a non-number ends the program with ValueError
# negative: {type: ValueError}
# ---
float("one point five")
