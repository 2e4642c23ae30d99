# ---
# features: [int, numbers]
# dialect: py2+3
# description: int.bit_length
# ---
print((0).bit_length())
print((255).bit_length())
print((-256).bit_length())
print((2 ** 100).bit_length())
