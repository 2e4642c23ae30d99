# ---
# features: [unpacking, assignment]
# dialect: py3
# description: a starred target is a list even when unpacking a tuple or string
# ---
*init, tail = "abc"
print(init, tail)
*everything, = (1, 2)
print(everything)
