# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: a comprehension over None ends the program with TypeError
# negative: {type: TypeError}
# ---
[x for x in None]
