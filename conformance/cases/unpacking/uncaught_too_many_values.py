# ---
# features: [unpacking, assignment]
# dialect: py2+3
# description: unpacking three values into two names ends the program with ValueError
# negative: {type: ValueError}
# ---
a, b = 1, 2, 3
