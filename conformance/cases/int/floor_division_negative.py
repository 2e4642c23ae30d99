# ---
# features: [int, numbers]
# dialect: py2+3
# description: // rounds toward negative infinity
# ---
print(7 // 2)
print(-7 // 2)
print(7 // -2)
print(-7 // -2)
