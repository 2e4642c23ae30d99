# ---
# features: [float, numbers]
# dialect: py2+3
# description: // and % on floats follow the same sign rules as ints
# ---
print(7.5 // 2)
print(-7.5 // 2)
print(7.5 % 2)
print(-7.5 % 2)
print(7.5 % -2)
