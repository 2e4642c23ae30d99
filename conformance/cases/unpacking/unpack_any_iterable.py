# ---
# features: [unpacking, assignment, iteration]
# dialect: py2+3
# description: any iterable can be unpacked, including generators and dicts
# ---
a, b = (x * 2 for x in range(2))
print(a + b)
k1, k2 = sorted({"x": 1, "y": 2})
print(k1 + k2)
