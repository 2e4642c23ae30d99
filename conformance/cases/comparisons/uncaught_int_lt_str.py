# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: ordering an int against a str ends the program with TypeError
# negative: {type: TypeError}
# ---
1 < "a"
