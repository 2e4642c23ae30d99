# ---
# features: [complex, numbers, strings]
# dialect: py2+3
# description: complex() parses strings without spaces around the operator
# ---
print(complex("1+2j"))
print(complex("-3.5j"))
print(complex("  4  "))
try:
    complex("1 + 2j")
except ValueError:
    print("ValueError")
