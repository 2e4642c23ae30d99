# ---
# features: [complex, numbers, comparisons]
# dialect: py3
# description: complex numbers cannot be ordered
# ---
try:
    1j < 2j
except TypeError:
    print("TypeError")
print(1j == complex(0, 1))
print(complex(3, 0) == 3)
