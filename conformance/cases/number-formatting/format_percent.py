# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: '% presentation multiplies by 100'
# ---
print(format(0.256, "%"))
print(format(0.256, ".1%"))
print(format(1, ".0%"))
