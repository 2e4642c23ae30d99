# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: exceptions compare by identity
# ---
print(ValueError("x") == ValueError("x"))
e = ValueError("x")
print(e == e)
