# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: 'binary, octal and hex presentations with and without #'
# ---
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"))
print(format(-255, "#x"))
print(format(10, "#010b"))
