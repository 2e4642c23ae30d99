# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: bool formats as an int with numeric specs
# ---
print(format(True, "d"))
print(format(True, ""))
print("{:5}|".format(False))
