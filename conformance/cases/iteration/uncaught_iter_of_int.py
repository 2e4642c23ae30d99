# ---
# features: [iteration, protocols]
# dialect: py2+3
# description: iterating an int ends the program with TypeError
# negative: {type: TypeError}
# ---
for x in 5:
    pass
