# ---
# features: [int, numbers, strings]
# dialect: py2+3
# description: int() parses strings in a given base
# ---
print(int("ff", 16))
print(int("0x1F", 16))
print(int("0b101", 0))
print(int("777", 8))
print(int("z", 36))
print(int("  -42  "))
