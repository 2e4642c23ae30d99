# ---
# features: [strings, builtins]
# dialect: py2+3
# description: startswith and endswith accept tuples and bounds
# ---
print("filename.py".endswith((".txt", ".py")))
print("abcdef".startswith("cd", 2))
print("abcdef".startswith("cd", 2, 3))
