# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: Exception args can be changed after creation
# ---
e = ValueError("a")
e.args = ("b", "c")
print(e)
print(e.args)
