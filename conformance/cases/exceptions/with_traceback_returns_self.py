# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: with_traceback sets __traceback__ and returns the same exception
# ---
e = ValueError("x")
print(e.with_traceback(None) is e)
print(e.__traceback__)
