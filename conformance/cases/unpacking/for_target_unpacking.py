# ---
# features: [unpacking, iteration]
# dialect: py2+3
# description: for loops unpack each element into the targets
# ---
for k, (a, b) in [("p", (1, 2)), ("q", (3, 4))]:
    print("%s %d" % (k, a + b))
