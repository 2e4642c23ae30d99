# ---
# features: [int, numbers]
# dialect: py2+3
# description: int() of a float truncates toward zero
# ---
print(int(3.9))
print(int(-3.9))
print(int(-0.5))
print(int(1e20))
