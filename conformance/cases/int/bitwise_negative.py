# ---
# features: [int, numbers]
# dialect: py2+3
# description: bitwise operators on negative ints use infinite two's complement
# ---
print(-1 & 0xFF)
print(-8 | 3)
print(-6 ^ 3)
print(~0)
