# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: g presentation switches between fixed and exponent
# ---
for v in (123456.0, 1234567.0, 0.0001, 0.00001, 100.0):
    print(format(v, "g"))
print(format(1.5, ".3g"))
print(format(123.0, "#g"))
