# ---
# features: [bytes, sequences]
# dialect: py3
# description: indexing bytes gives an int, slicing gives bytes
# ---
b = b"abc"
print(b[0])
print(b[0:1])
print(b[-1])
print(list(b))
