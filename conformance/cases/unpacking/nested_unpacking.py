# ---
# features: [unpacking, assignment]
# dialect: py2+3
# description: nested targets unpack nested sequences
# ---
(a, (b, c)), d = (1, (2, 3)), 4
print(a + b + c + d)
