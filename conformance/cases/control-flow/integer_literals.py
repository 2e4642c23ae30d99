# ---
# features: [control-flow, syntax]
# dialect: py3
# description: binary, octal, hex and underscore literals
# ---
print(0b1010, 0o17, 0xFF, 1_0_0)
print(0B11, 0O7, 0X1f)
