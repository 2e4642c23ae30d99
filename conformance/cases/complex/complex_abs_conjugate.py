# ---
# features: [complex, numbers]
# dialect: py2+3
# description: abs() is the magnitude and conjugate() flips the imaginary part
# ---
z = complex(3, -4)
print(abs(z))
print(z.conjugate())
print(z.real)
print(z.imag)
