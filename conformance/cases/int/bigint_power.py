# ---
# features: [int, numbers]
# dialect: py2+3
# description: large powers are exact
# ---
print(3 ** 80)
print(len(str(7 ** 500)))
