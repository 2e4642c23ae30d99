# ---
# features: [float, numbers, complex]
# dialect: py3
# description: a negative float to a fractional power gives a complex result
# ---
r = (-8.0) ** (1.0 / 3)
print(type(r).__name__)
print(round(r.real, 6), round(r.imag, 6))
