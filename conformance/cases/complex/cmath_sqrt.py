# ---
# features: [complex, numbers]
# dialect: py3
# description: cmath.sqrt of a negative number is imaginary
# ---
import cmath
print(cmath.sqrt(-4))
print(cmath.sqrt(-1) ** 2)
print(round(abs(cmath.exp(1j * cmath.pi) + 1), 12))
