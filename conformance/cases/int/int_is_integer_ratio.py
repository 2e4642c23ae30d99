# ---
# features: [int, numbers]
# dialect: py3
# description: as_integer_ratio and numerator/denominator on ints
# ---
print((7).as_integer_ratio())
print((7).numerator, (7).denominator)
print((True).real, (5).imag)
