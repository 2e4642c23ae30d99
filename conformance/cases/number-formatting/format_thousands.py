# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: ', and _ group digits'
# ---
print(format(1234567, ","))
print(format(1234567.891, ",.2f"))
print(format(0xDEADBEEF, "_x"))
print(format(1234567, "_"))
