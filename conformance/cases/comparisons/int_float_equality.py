# ---
# features: [comparisons, comparisons, numbers]
# dialect: py2+3
# description: equal ints and floats compare equal and hash equal
# ---
print(1 == 1.0)
print(hash(1) == hash(1.0))
print(2 ** 53 == float(2 ** 53))
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 400 > 1e308)
