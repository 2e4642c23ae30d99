# ---
# features: [unary-ops, operator-dispatch]
# dialect: py2+3
# description: unary minus on a str ends the program with TypeError
# negative: {type: TypeError}
# ---
-"text"
