# ---
# features: [strings, iteration]
# dialect: py2+3
# description: iterating a string yields one-character strings
# ---
print([c for c in "abc"])
print(list(reversed("xyz")))
