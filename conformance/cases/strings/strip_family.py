# ---
# features: [strings, builtins]
# dialect: py2+3
# description: strip, lstrip and rstrip with and without characters
# ---
print("[" + "  x  ".strip() + "]")
print("[" + "xxhixx".strip("x") + "]")
print("[" + "abcba".lstrip("ab") + "]")
print("[" + "\t\n x \r\n".rstrip() + "]")
