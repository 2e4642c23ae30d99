# ---
# features: [int, numbers]
# dialect: py2+3
# description: shifts on ints, including negative numbers
# ---
print(1 << 70)
print(-16 >> 2)
print(-1 >> 100)
print(5 >> 1)
