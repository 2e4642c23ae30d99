# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: an int formatted with f or e converts to float
# ---
print(format(3, ".2f"))
print(format(10 ** 20, "e"))
