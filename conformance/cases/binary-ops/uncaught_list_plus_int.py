# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: list + int ends the program with TypeError
# negative: {type: TypeError}
# ---
print("before")
[] + 1
