# ---
# features: [tuples, sequences]
# dialect: py2+3
# description: slicing a tuple returns a tuple
# ---
t = (1, 2, 3, 4)
print(t[1:3])
print(t[::-1])
print(type(t[:]).__name__)
