# ---
# features: [complex, numbers]
# dialect: py3
# description: ordering complex numbers ends the program with TypeError
# negative: {type: TypeError}
# ---
1j < 2j
