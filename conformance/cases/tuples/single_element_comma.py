# ---
# features: [tuples, syntax]
# dialect: py2+3
# description: a one-element tuple needs a trailing comma
# ---
print(type((1)).__name__)
print(type((1,)).__name__)
print(len(()))
t = 1,
print(t)
