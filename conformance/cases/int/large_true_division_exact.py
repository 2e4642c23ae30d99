# ---
# features: [int, numbers]
# dialect: py3
# description: int / int is correctly rounded even for huge operands
# ---
print(10 ** 400 / 10 ** 399)
print((2 ** 1000 + 1) / 2 ** 999)
