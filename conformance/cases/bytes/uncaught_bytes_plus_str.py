# ---
# features: [bytes, operator-dispatch]
# dialect: py3
# description: bytes + str ends the program with TypeError
# negative: {type: TypeError}
# ---
b"a" + "b"
