# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: e and E presentations
# ---
print(format(12345.678, "e"))
print(format(12345.678, ".2E"))
print(format(0.000123, ".1e"))
print(format(0, "e"))
