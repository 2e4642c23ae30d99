# ---
# features: [strings, formatting]
# dialect: py2+3
# description: padding methods
# ---
print("[" + "ab".center(7, "*") + "]")
print("[" + "ab".ljust(5) + "]")
print("[" + "ab".rjust(5, ".") + "]")
print("-42".zfill(6))
print("+7".zfill(4))
