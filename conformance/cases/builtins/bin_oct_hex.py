# ---
# features: [builtins, formatting]
# dialect: py3
# description: bin, oct and hex of ints
# ---
print(bin(10))
print(oct(8))
print(hex(255))
print(hex(-1))
print(bin(0))
