# ---
# features: [number-formatting, formatting, numbers]
# dialect: py3
# description: fixed-point format specs
# ---
print(format(3.14159, ".2f"))
print(format(2.5, ".0f"))
print(format(3.5, ".0f"))
print(format(-0.0, ".1f"))
print(format(1e20, ".1f"))
