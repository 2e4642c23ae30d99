# ---
# features: [float, numbers, strings]
# dialect: py2+3
# description: float() accepts inf, nan, exponents and surrounding spaces
# ---
for s in (" 1.5 ", "-inf", "NaN", "1e3", "+.5", "infinity"):
    print(float(s))
