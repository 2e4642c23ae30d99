# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: an unknown format code ends the program with ValueError
# negative: {type: ValueError}
# ---
format(1.5, "Q")
