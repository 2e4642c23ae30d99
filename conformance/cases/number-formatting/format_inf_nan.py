# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: inf and nan format as words
# ---
print(format(float("inf"), "f"))
print(format(float("-inf"), "e"))
print(format(float("nan"), "F"))
print(format(float("inf"), "+"))
